import type { AtsImportance } from "@hirefolio/shared";
import { findCertificationAcronyms } from "./certification-acronyms";
import { isContentStem } from "./generic-words";
import { type JobContext, splitJobDescription } from "./job-description-sections";
import { tokenise } from "./normalise";
import { findPhrases, type Term, type VocabularyIndex } from "./vocabulary-index";

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
const REPEAT_BONUS = 0.25;
const MAX_REPEATS_COUNTED = 4;

interface Draft extends JobKeyword {
  bestContext: number;
  lines: Set<number>;
  fromTitleLine: boolean;
}

/**
 * The keywords a job description asks for: vocabulary phrases (longest match, aliases folded into their entry),
 * the job title, and credential acronyms near "certification"/"license". Must-have or nice-to-have comes from the
 * section each mention sits in; weight grows with repetition.
 */
export function extractJobKeywords(jobDescription: string, index: VocabularyIndex): JobKeyword[] {
  const drafts = new Map<string, Draft>();
  for (const segment of splitJobDescription(jobDescription)) {
    if (segment.context === "ignore") continue;
    const tokens = tokenise(segment.text);
    const hits = findPhrases(index, tokens);
    const claimed = tokens.map(() => false);
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
    for (const hit of hits) {
      // A title in the body names colleagues ("work with product managers"), not the job itself.
      if (hit.term.kind === "title" && segment.context !== "title" && segment.context !== "intro") continue;
      if (hit.term.kind !== "title") claimed.fill(true, hit.start, hit.end);
      // Occupation names are plural and formal ("Software Developers"); show the title as the posting words it.
      const term =
        hit.term.kind === "title" ? { ...hit.term, term: drafts.get(hit.term.id)?.term.term ?? hit.raw } : hit.term;
      note(term, hit.surface, hit.stems);
    }
    for (const credential of findCertificationAcronyms(tokens, claimed)) {
      const stems = credential.term.toLowerCase();
      note(index.terms.get(credential.id) ?? credential, stems, stems);
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
