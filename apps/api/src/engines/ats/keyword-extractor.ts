import type { AtsImportance } from "@hirefolio/shared";
import { findCertificationAcronyms } from "./certification-acronyms";
import { isContentStem } from "./generic-words";
import { type JobContext, type JobSegment, splitJobDescription } from "./job-description-sections";
import { type Token, tokenise } from "./normalise";
import { findUnlistedNames, type NameContext, type UnlistedName } from "./unlisted-names";
import { findPhrases, type PhraseHit, type Term, type VocabularyIndex } from "./vocabulary-index";

export interface JobKeyword {
  term: Term;
  importance: AtsImportance;
  /** Relative weight in the keyword score: the strongest section it appears in, raised by repetition. */
  weight: number;
  /** Distinct lines of the job description that mention it. */
  mentions: number;
  /** Lowercased words as the job description writes them, for the exact match rate. */
  surfaces: Set<string>;
  /** The same, stemmed, for telling a normalised match from an alias. */
  stems: Set<string>;
  /** Content words around its mentions, for placing a missing keyword next to related experience. */
  contextStems: Set<string>;
}

/** Why these numbers: a requirement counts fully, a responsibility nearly so, a "nice to have" well under half. */
const CONTEXT_WEIGHT: Record<JobContext, number> = {
  title: 1.5,
  must: 1,
  responsibility: 0.9,
  intro: 0.8,
  other: 0.8,
  nice: 0.4,
  ignore: 0,
};
const MUST_CONTEXTS = new Set<JobContext>(["title", "must", "responsibility", "intro", "other"]);
/** Where a name the vocabulary lacks is asked of the candidate; the title and introduction are about the employer. */
const NAME_CONTEXTS = new Set<JobContext>(["must", "responsibility", "nice", "other"]);
const REPEAT_BONUS = 0.25;
const MAX_REPEATS_COUNTED = 4;

interface Draft extends JobKeyword {
  bestContext: number;
  lines: Set<number>;
  fromTitleLine: boolean;
}

/**
 * The keywords a job description asks for: vocabulary phrases (longest match, aliases folded into their entry),
 * the job title, credential acronyms near "certification"/"license", and names the vocabulary lacks (acronyms,
 * product names) in the sections that ask things of the candidate. Must-have or nice-to-have comes from the
 * section each mention sits in; weight grows with repetition.
 */
export function extractJobKeywords(jobDescription: string, index: VocabularyIndex): JobKeyword[] {
  const drafts = new Map<string, Draft>();
  const segments = splitJobDescription(jobDescription);
  const nameWords = nameContext(segments, index);
  for (const segment of segments) {
    if (segment.context === "ignore") continue;
    const tokens = tokenise(segment.text);
    const hits = findPhrases(index, tokens);
    const claimed = tokens.map(() => false);
    for (const hit of hits) if (hit.term.kind !== "title") claimed.fill(true, hit.start, hit.end);
    const credentials = findCertificationAcronyms(tokens, claimed);
    for (const [i, token] of tokens.entries()) {
      if (credentials.some((c) => c.term === token.raw)) claimed[i] = true;
    }
    const nearby = tokens.filter((t) => isContentStem(t.stem)).map((t) => t.stem);
    const note = (term: Term, surface: string, stems: string) => {
      const draft = drafts.get(term.id) ?? newDraft(term);
      drafts.set(term.id, draft);
      draft.lines.add(segment.line);
      draft.surfaces.add(surface);
      draft.stems.add(stems);
      // Only the job's own title survives (see below), so it weighs as a title wherever it was found.
      const context = term.kind === "title" ? "title" : segment.context;
      draft.bestContext = Math.max(draft.bestContext, CONTEXT_WEIGHT[context]);
      if (MUST_CONTEXTS.has(segment.context)) draft.importance = "must";
      if (segment.context === "title") draft.fromTitleLine = true;
      for (const s of nearby) if (!stems.split(" ").includes(s)) draft.contextStems.add(s);
    };
    const names = NAME_CONTEXTS.has(segment.context) ? unlistedNames(tokens, hits, claimed, nameWords) : [];
    for (const hit of hits) {
      if (names.some((name) => name.start <= hit.start && hit.end <= name.end)) continue;
      // A title in the body names colleagues ("work with product managers"), not the job itself.
      if (hit.term.kind === "title" && segment.context !== "title" && segment.context !== "intro") continue;
      // The introduction describes the employer ("a logistics platform for clinics"); it only ever names the job.
      if (hit.term.kind !== "title" && segment.context === "intro") continue;
      // Occupation names are plural and formal ("Software Developers"); show the title as the posting words it.
      const term =
        hit.term.kind === "title" ? { ...hit.term, term: drafts.get(hit.term.id)?.term.term ?? hit.raw } : hit.term;
      note(term, hit.surface, hit.stems);
    }
    for (const credential of credentials) {
      const stems = credential.term.toLowerCase();
      note(index.terms.get(credential.id) ?? credential, stems, stems);
    }
    for (const name of names) {
      const written = tokens.slice(name.start, name.abbreviation ? name.end - 1 : name.end);
      note(name.term, written.map((t) => t.norm).join(" "), name.stems);
      if (name.abbreviation) note(name.term, name.abbreviation, name.abbreviation);
    }
  }
  const titleFromTitleLine = [...drafts.values()].some((d) => d.term.kind === "title" && d.fromTitleLine);
  return (
    [...drafts.values()]
      .filter((d) => d.term.kind !== "title" || d.fromTitleLine || !titleFromTitleLine)
      .map((d) => finish(d))
      // Stable: ties keep the order of first mention.
      .sort((a, b) => Number(a.importance === "nice") - Number(b.importance === "nice") || b.weight - a.weight)
  );
}

/**
 * Names the vocabulary lacks in one clause. A name right after a capitalised vocabulary phrase is that product's
 * edition or part ("CrowdStrike Falcon", "NIST CSF", "Amazon EKS"): the two become one name.
 */
function unlistedNames(
  tokens: readonly Token[],
  hits: readonly PhraseHit[],
  claimed: readonly boolean[],
  context: NameContext,
): UnlistedName[] {
  const toolNearby = hits.some((hit) => hit.term.kind === "tool");
  return findUnlistedNames(tokens, claimed, context, toolNearby).map((name) => {
    const before = name.abbreviation
      ? undefined
      : hits.find((hit) => hit.end === name.start && hit.term.kind !== "title" && /^\p{Lu}/u.test(hit.raw));
    if (!before || tokens[name.start]!.breakBefore) return name;
    const words = tokens.slice(before.start, name.end);
    const stems = words.map((t) => t.stem).join(" ");
    const term = { ...name.term, id: `name:${stems}`, term: words.map((t) => t.raw).join(" "), kind: "tool" as const };
    return { ...name, term, start: before.start, stems };
  });
}

/** Capitalised words of the title, introduction and benefits name the employer, its places and perks. */
function nameContext(segments: readonly JobSegment[], index: VocabularyIndex): NameContext {
  const ownNames = new Set<string>();
  for (const segment of segments) {
    if (NAME_CONTEXTS.has(segment.context)) continue;
    for (const token of tokenise(segment.text)) if (/^\p{Lu}/u.test(token.raw)) ownNames.add(token.raw);
  }
  return { ownNames, isKnownWord: (token) => index.everydayStems.has(token.stem) };
}

function newDraft(term: Term): Draft {
  return {
    term,
    importance: "nice",
    weight: 0,
    mentions: 0,
    surfaces: new Set(),
    stems: new Set(),
    contextStems: new Set(),
    bestContext: 0,
    lines: new Set(),
    fromTitleLine: false,
  };
}

function finish(draft: Draft): JobKeyword {
  const mentions = draft.lines.size;
  const repeats = Math.min(mentions - 1, MAX_REPEATS_COUNTED);
  return {
    term: draft.term,
    importance: draft.importance,
    weight: Math.round(draft.bestContext * (1 + REPEAT_BONUS * repeats) * 100) / 100,
    mentions,
    surfaces: draft.surfaces,
    stems: draft.stems,
    contextStems: draft.contextStems,
  };
}
