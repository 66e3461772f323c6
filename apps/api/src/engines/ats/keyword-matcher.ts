import type { JobKeyword } from "./keyword-extractor";
import { tokenise } from "./normalise";
import type { ResumeField } from "./resume-text";
import { buildVocabularyIndex, findPhrases, type Term, type VocabularyIndex } from "./vocabulary-index";

export interface ResumeMention {
  path: string;
  surface: string;
  stems: string;
}

export interface ResumeTerm {
  term: Term;
  mentions: ResumeMention[];
}

export type MatchKind = "exact" | "normalised" | "alias";

export interface KeywordMatch {
  keyword: JobKeyword;
  matchedAs: MatchKind;
  where: string[];
}

export interface KeywordComparison {
  matched: KeywordMatch[];
  missing: JobKeyword[];
  extra: string[];
  exactMatchRate: number;
  normalisedMatchRate: number;
}

const MAX_EXTRA = 20;

/**
 * Keywords the job description yielded that the vocabulary does not list (credential acronyms), indexed so the
 * resume can be searched for them the same way.
 */
export function indexUnlistedTerms(
  keywords: readonly JobKeyword[],
  index: VocabularyIndex,
): VocabularyIndex | undefined {
  const unlisted = keywords.flatMap(({ term }) =>
    index.terms.has(term.id) || term.kind === "title" ? [] : [{ ...term, kind: term.kind, aliases: [] }],
  );
  return unlisted.length === 0 ? undefined : buildVocabularyIndex(unlisted);
}

/** Every vocabulary term in the resume, with the fields that mention it. */
export function findResumeTerms(
  fields: readonly ResumeField[],
  indexes: readonly (VocabularyIndex | undefined)[],
): Map<string, ResumeTerm> {
  const found = new Map<string, ResumeTerm>();
  for (const field of fields) {
    const tokens = tokenise(field.text);
    for (const index of indexes) {
      if (!index) continue;
      for (const hit of findPhrases(index, tokens)) {
        const entry = found.get(hit.term.id) ?? { term: hit.term, mentions: [] };
        found.set(hit.term.id, entry);
        entry.mentions.push({ path: field.path, surface: hit.surface, stems: hit.stems });
      }
    }
  }
  return found;
}

/**
 * Matches the job's keywords against the resume. Exact means the resume uses a form the job description uses
 * (case aside); normalised means the same words in another inflection ("managed budgets" for "managing budget");
 * alias means another name of the same thing ("JS" for "JavaScript"). Both rates are shares of all keywords.
 */
export function compareKeywords(
  keywords: readonly JobKeyword[],
  resumeTerms: Map<string, ResumeTerm>,
): KeywordComparison {
  const matched: KeywordMatch[] = [];
  const missing: JobKeyword[] = [];
  for (const keyword of keywords) {
    const mentions = resumeTerms.get(keyword.term.id)?.mentions;
    if (!mentions) {
      missing.push(keyword);
      continue;
    }
    const matchedAs: MatchKind = mentions.some((m) => keyword.surfaces.has(m.surface))
      ? "exact"
      : mentions.some((m) => keyword.stems.has(m.stems))
        ? "normalised"
        : "alias";
    matched.push({ keyword, matchedAs, where: [...new Set(mentions.map((m) => m.path))] });
  }
  const total = keywords.length;
  return {
    matched,
    missing,
    extra: rankExtra(resumeTerms, new Set(keywords.map((k) => k.term.id))),
    exactMatchRate: total ? matched.filter((m) => m.matchedAs === "exact").length / total : 0,
    normalisedMatchRate: total ? matched.length / total : 0,
  };
}

/** Resume skills the job does not ask for, most mentioned and most in demand first. */
function rankExtra(resumeTerms: Map<string, ResumeTerm>, wanted: Set<string>): string[] {
  return [...resumeTerms.values()]
    .filter((r) => !wanted.has(r.term.id) && r.term.kind !== "title")
    .sort(
      (a, b) =>
        b.mentions.length - a.mentions.length ||
        Number(b.term.hot) - Number(a.term.hot) ||
        Number(b.term.inDemand) - Number(a.term.inDemand) ||
        b.term.occupations - a.term.occupations ||
        a.term.term.localeCompare(b.term.term),
    )
    .slice(0, MAX_EXTRA)
    .map((r) => r.term.term);
}
