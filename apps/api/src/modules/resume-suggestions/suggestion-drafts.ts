import type { AtsAnalysis, DraftedSuggestion, ResumeDocument, SuggestionSource } from "@hirefolio/shared";
import { draftSummary } from "../../engines/ats/summary-suggestion";
import type { GroundedDraft } from "./llm-draft";

const SUMMARY_PATH = "basics.summary";
const STRENGTHS = 3;
/** The summary field allows far more, but a summary a recruiter reads is two or three sentences. */
const SUMMARY_MAX_CHARS = 600;
const BULLET_MAX_CHARS = 300;
const BULLET_PATH = /^(work|volunteer|projects)\[(\d+)\]\.highlights\[(\d+)\]$/;

/** What a draft is built from: the saved resume and the engine's analysis of it (against the job, when given). */
export interface DraftContext {
  document: ResumeDocument;
  analysis: AtsAnalysis;
  /** Whole years from the resume's earliest start date, when known. */
  years: number | undefined;
}

export interface Bullet {
  where: string;
  text: string;
  /** "Backend Engineer at Acme", the entry the bullet belongs to. */
  role: string;
  siblings: string[];
}

/** The bullet at a path such as "work[0].highlights[2]", with its entry; undefined when there is none. */
export function findBullet(document: ResumeDocument, where: string): Bullet | undefined {
  const match = BULLET_PATH.exec(where);
  if (!match) return undefined;
  const [, section, entryIndex, bulletIndex] = match;
  const entry = document[section as "work" | "volunteer" | "projects"][Number(entryIndex)];
  const highlights = entry?.highlights ?? [];
  const text = highlights[Number(bulletIndex)]?.trim();
  if (!entry || !text) return undefined;
  // Work has position and company name, volunteering position and organization, a project only its name.
  const { position, name, organization } = entry as { position?: string; name?: string; organization?: string };
  const role = [position, name ?? organization].filter(Boolean).join(" at ");
  return { where, text, role: role || section!, siblings: highlights.filter((_, i) => i !== Number(bulletIndex)) };
}

/** The job keywords the resume shows, heaviest first; without a job, the resume's own first skills. */
function strengths({ document, analysis }: DraftContext): string[] {
  const matched = analysis.keywords.matched
    .filter((k) => k.kind !== "title")
    .sort((a, b) => b.weight - a.weight)
    .map((k) => k.term);
  if (matched.length > 0) return matched.slice(0, STRENGTHS);
  return document.skills.flatMap((group) => group.keywords ?? []).slice(0, STRENGTHS);
}

function drafted(
  source: SuggestionSource,
  fields: Omit<DraftedSuggestion, "id" | "source" | "before"> & { before?: string | undefined },
): DraftedSuggestion {
  const { before, ...rest } = fields;
  return { id: `draft:${fields.kind}:${fields.where}:${source}`, source, ...rest, ...(before ? { before } : {}) };
}

export function offlineSummary(context: DraftContext): DraftedSuggestion {
  return drafted("offline", {
    kind: "summary",
    where: SUMMARY_PATH,
    before: context.document.basics.summary,
    after: draftSummary(context.document, { strengths: strengths(context), years: context.years }),
    reason:
      "Drafted from your headline, the years since your first role and your strongest matching skills. Replace each [placeholder] with your own words.",
  });
}

/** The engine's rewrite of one bullet: a stronger opening verb and a placeholder for the missing figure. */
export function offlineBulletRewrite(context: DraftContext, bullet: Bullet): DraftedSuggestion[] {
  const rewrite = context.analysis.suggestions.find(
    (s) => s.where === bullet.where && (s.kind === "rewrite-bullet" || s.kind === "quantify"),
  );
  return rewrite ? [{ ...rewrite, id: `draft:${rewrite.kind}:${bullet.where}:offline`, source: "offline" }] : [];
}

export function llmSummary(context: DraftContext, answer: string): DraftedSuggestion {
  return drafted("llm", {
    kind: "summary",
    where: SUMMARY_PATH,
    before: context.document.basics.summary,
    after: answer,
    reason: "Drafted by your LLM from your resume's own facts. Check every word is true before you keep it.",
  });
}

export function llmBulletRewrite(bullet: Bullet, answer: string): DraftedSuggestion {
  return drafted("llm", {
    kind: "rewrite-bullet",
    where: bullet.where,
    before: bullet.text,
    after: answer,
    reason: "Rewritten by your LLM as action, task and result. Fill each [placeholder] with your real figure.",
  });
}

function keywordFacts({ analysis }: DraftContext): string[] {
  const { matched, missing } = analysis.keywords;
  return [
    matched.length ? `Job keywords the resume shows: ${matched.map((k) => k.term).join(", ")}` : "",
    missing.length
      ? `Job keywords the resume does NOT show (never claim them): ${missing.map((k) => k.term).join(", ")}`
      : "",
  ].filter(Boolean);
}

/** The resume's facts for a summary: headline, roles with dates and bullets, skills, education. */
export function summaryPrompt(context: DraftContext): GroundedDraft {
  const { document, years } = context;
  const facts = [
    `Headline: ${document.basics.label || "(none)"}`,
    `Current summary: ${document.basics.summary || "(none)"}`,
    years === undefined ? "" : `Years since the first role: ${years}`,
    ...document.work.map(
      (w) =>
        `Role: ${[w.position, w.name].filter(Boolean).join(" at ")} (${w.startDate || "?"} – ${w.endDate || "present"}): ${(w.highlights ?? []).join("; ")}`,
    ),
    `Skills: ${
      document.skills
        .flatMap((s) => [s.name, ...(s.keywords ?? [])])
        .filter(Boolean)
        .join(", ") || "(none)"
    }`,
    ...document.education.map((e) => `Education: ${[e.studyType, e.area, e.institution].filter(Boolean).join(", ")}`),
    ...keywordFacts(context),
  ].filter(Boolean);
  return {
    task: "Write a professional summary of two or three sentences (at most 60 words) for the top of this resume, opening with the headline.",
    facts,
    source: `${JSON.stringify(document)} ${years ?? ""}`,
    maxChars: SUMMARY_MAX_CHARS,
  };
}

export function bulletPrompt(context: DraftContext, bullet: Bullet): GroundedDraft {
  return {
    task:
      "Rewrite the bullet below as one line of at most 30 words: a strong past-tense action verb, what was done, " +
      "and the result. Keep every fact it states; use placeholders for figures it does not give.",
    facts: [
      `Role: ${bullet.role}`,
      `Bullet to rewrite: ${bullet.text}`,
      ...bullet.siblings.map((s) => `Other bullet of this role: ${s}`),
      ...keywordFacts(context),
    ],
    source: JSON.stringify(context.document),
    maxChars: BULLET_MAX_CHARS,
  };
}
