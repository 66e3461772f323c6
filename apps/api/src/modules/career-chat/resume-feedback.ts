import {
  type AtsAnalysis,
  type AtsImportance,
  type CareerResumeFeedback,
  type DataSource,
  type OccupationDetail,
  RESUME_FEEDBACK_KEYWORDS,
  RESUME_FEEDBACK_SUGGESTIONS,
} from "@hirefolio/shared";

/** A pasted job ad has several lines or runs long; a question about a resume is a sentence or two. */
const JOB_DESCRIPTION_LINES = 4;
const JOB_DESCRIPTION_CHARS = 600;
/** What the synthetic job description lists of a role: the parts an employer's ad would name. */
const ROLE_PROFILE = { requiredTechnologies: 4, technologies: 8, knowledge: 2, skills: 4 };

export function looksLikeJobDescription(text: string): boolean {
  const lines = text.split("\n").filter((line) => line.trim().length > 0).length;
  return lines >= JOB_DESCRIPTION_LINES || text.trim().length >= JOB_DESCRIPTION_CHARS;
}

/**
 * A job description for the role itself, from O*NET's profile of it: its description, its tasks as responsibilities, its hot
 * technologies, most important skills and knowledge as requirements, its other technologies as nice to have. The
 * ATS analyser then reads it like any employer's ad, so a resume is checked against what the role asks for.
 */
export function roleJobDescription(role: OccupationDetail): string {
  const byImportance = <T extends { importance: number }>(items: T[]) =>
    items.toSorted((a, b) => b.importance - a.importance);
  const hot = role.technologies.filter((t) => t.hot || t.inDemand).map((t) => t.name);
  const other = role.technologies.filter((t) => !(t.hot || t.inDemand)).map((t) => t.name);
  const bullets = (items: string[]) => items.map((item) => `- ${item}`);
  const required = hot.slice(0, ROLE_PROFILE.requiredTechnologies);
  return [
    // A profile of the whole occupation, not one posting: only its most wanted tools and knowledge are required,
    // the rest is a plus. The description and tasks stay out: they name other occupations ("work with computer
    // hardware engineers"), which the analyser would demand as job titles, and the title is plural ("Web
    // Developers"), which no resume says.
    "Requirements",
    ...bullets(required),
    ...bullets(
      byImportance(role.knowledge)
        .slice(0, ROLE_PROFILE.knowledge)
        .map((k) => k.name),
    ),
    "",
    "Nice to have",
    ...bullets(hot.slice(required.length, ROLE_PROFILE.technologies)),
    ...bullets(
      byImportance(role.skills)
        .slice(0, ROLE_PROFILE.skills)
        .map((s) => s.name),
    ),
    ...bullets(other.slice(0, Math.max(0, ROLE_PROFILE.technologies - hot.length))),
  ].join("\n");
}

interface ResumeSummary {
  id: string;
  title: string;
}

/**
 * Which of the user's resumes they mean: one named by id or by title (the longest title that appears, so
 * "Nurse CV 2" wins over "Nurse CV"), else the most recently updated (first in the list). `named` is what the model
 * passed; an id or a name that matches none of the user's resumes is `unknown`, never someone else's resume.
 */
export function chooseResume(
  own: ResumeSummary[],
  request: { named?: string | undefined; text: string },
): ResumeSummary | "none" | "unknown" {
  if (own.length === 0) return "none";
  const named = request.named?.trim().toLowerCase();
  if (named) {
    return own.find((r) => r.id.toLowerCase() === named || r.title.toLowerCase() === named) ?? "unknown";
  }
  const text = request.text.toLowerCase();
  const ids: string[] = text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];
  if (ids.length) return own.find((r) => ids.includes(r.id.toLowerCase())) ?? "unknown";
  const byTitle = own
    .filter((r) => r.title.trim().length >= 3 && containsPhrase(text, r.title.toLowerCase()))
    .toSorted((a, b) => b.title.length - a.title.length)[0];
  return byTitle ?? (own[0] as ResumeSummary);
}

function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(text);
}

const byImportanceThenWeight = <T extends { importance: AtsImportance; weight: number }>(a: T, b: T) =>
  Number(b.importance === "must") - Number(a.importance === "must") || b.weight - a.weight;

/** The analyser lists keyword insertions before rewrites; a short list shows one of each kind before repeats. */
function oneOfEachKindFirst<T extends { kind: string }>(items: T[]): T[] {
  const firsts = items.filter((item, i) => items.findIndex((other) => other.kind === item.kind) === i);
  return [...firsts, ...items.filter((item) => !firsts.includes(item))];
}

/** The card's view of an ATS analysis: score, the strongest matched and missing keywords, the first suggestions. */
export function toResumeFeedback(
  analysis: AtsAnalysis,
  context: { resume: ResumeSummary; against: CareerResumeFeedback["against"]; sources: DataSource[] },
): CareerResumeFeedback {
  return {
    resume: { id: context.resume.id, title: context.resume.title },
    against: context.against,
    score: analysis.score,
    subscores: analysis.subscores,
    matchedKeywords: analysis.keywords.matched
      .toSorted(byImportanceThenWeight)
      .slice(0, RESUME_FEEDBACK_KEYWORDS)
      .map((k) => ({ term: k.term, importance: k.importance })),
    missingKeywords: analysis.keywords.missing
      .toSorted(byImportanceThenWeight)
      .slice(0, RESUME_FEEDBACK_KEYWORDS)
      .map((k) => ({ term: k.term, importance: k.importance, where: k.suggestion.where })),
    suggestions: oneOfEachKindFirst(analysis.suggestions).slice(0, RESUME_FEEDBACK_SUGGESTIONS),
    sources: context.sources,
  };
}
