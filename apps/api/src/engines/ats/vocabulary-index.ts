import type { AtsJobTitle, AtsKeywordKind, AtsVocabularyEntry } from "@hirefolio/shared";
import { GENERIC_STEMS, STOP_STEMS } from "./generic-words";
import { isAcronymPlural, type Token, tokenise } from "./normalise";

/** A vocabulary entry or job title as the analyser reports it. */
export interface Term {
  id: string;
  term: string;
  kind: AtsKeywordKind;
  hot: boolean;
  inDemand: boolean;
  occupations: number;
}

/**
 * How a one-word name must be capitalised in the text to count, because many are also everyday words:
 * - "capitalised": some capital letter ("Go", "Excel", "Spark"; not "go live", "excel at");
 * - "acronym": all capitals or a capital inside ("AWS", "iOS"; not "San" for SAN, "Tim" for TIM, "impact" for IMPACT).
 */
type CaseRule = "any" | "capitalised" | "acronym";

interface Candidate {
  term: Term;
  isAlias: boolean;
  caseRule: CaseRule;
  /**
   * A one-word tool or credential name must be the very word, not one that stems alike: "rapid" is not the tool
   * "Rapide", "Ferrets" not "Ferret". Skills and knowledge inflect ("budgets" for "budgeting"), names do not.
   */
  exactWord?: string;
}

/**
 * The phrase index: stemmed words joined by spaces → the entries that phrase names, or null for a phrase that is only
 * the beginning of longer ones. One flat map instead of a trie of maps: the same one-pass longest-match lookup in
 * about a third of the memory (a map per trie node cost ~50 MB for the full vocabulary).
 */
type PhraseMap = Map<string, Candidate[] | null>;

export interface VocabularyIndex {
  phrases: PhraseMap;
  terms: Map<string, Term>;
  /** Distinct phrases (terms and aliases) indexed. */
  phraseCount: number;
  /**
   * Stems of the words vocabulary terms write in lowercase ("inventory" in "manage inventory", "software" in
   * "Accounting software"): everyday words, as opposed to names ("Splunk" in "Splunk Enterprise").
   */
  everydayStems: Set<string>;
}

export interface PhraseHit {
  term: Term;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** The words as written. */
  raw: string;
  /** The words as written, lowercased: compared for an exact match. */
  surface: string;
  /** The stemmed words: compared for a normalised match. */
  stems: string;
  isAlias: boolean;
}

/**
 * Tool names that are also everyday English words. They only count when capitalised as a name ("Go", "Excel",
 * "REST"), which is how job descriptions and resumes write them; "go live" or "excel at" are not skills.
 */
const EVERYDAY_WORDS = new Set(
  `access ant basic blender box canvas chef compass confluence crystal dart domo elm epic excel express flask framer
  glue go helm hive jest julia lambda lean looker make maya mode notion outlook pig premiere project puppet rest
  ruby rust salt scheme shell sketch slack snowflake solid spark spring storm swift teams unity vault word zoom`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Indexes every phrase and its beginnings by stems, so that finding every vocabulary phrase in a text is one
 * left-to-right pass with longest match ("machine learning" wins over "learning"). Build it once and reuse it.
 */
export function buildVocabularyIndex(
  vocabulary: readonly AtsVocabularyEntry[],
  jobTitles: readonly AtsJobTitle[] = [],
): VocabularyIndex {
  const index: VocabularyIndex = {
    phrases: new Map(),
    terms: new Map(),
    phraseCount: 0,
    everydayStems: new Set(),
  };
  for (const entry of vocabulary) {
    const term: Term = {
      id: entry.id,
      term: entry.term,
      kind: entry.kind,
      hot: entry.hot,
      inDemand: entry.inDemand,
      occupations: entry.occupations,
    };
    addTerm(index, term, entry.term, entry.aliases);
  }
  for (const title of jobTitles) {
    const term: Term = {
      id: `title:${title.title.toLowerCase()}`,
      term: title.title,
      kind: "title",
      hot: false,
      inDemand: false,
      occupations: 0,
    };
    addTerm(index, term, title.title, title.alternates);
  }
  for (const candidates of index.phrases.values()) candidates?.sort(byPreference);
  return index;
}

function addTerm(index: VocabularyIndex, term: Term, name: string, aliases: readonly string[]) {
  if (index.terms.has(term.id)) return;
  index.terms.set(term.id, term);
  for (const [i, phrase] of [name, ...aliases].entries()) {
    const tokens = tokenise(phrase);
    if (!isDistinctive(tokens)) continue;
    // Flat strings (join, slice) rather than concatenated ropes, which a map would keep as several objects per key.
    const key = tokens.map((token) => token.stem).join(" ");
    for (let end = key.indexOf(" "); end !== -1; end = key.indexOf(" ", end + 1)) {
      const beginning = key.slice(0, end);
      if (!index.phrases.has(beginning)) index.phrases.set(beginning, null);
    }
    if (i === 0) for (const token of tokens) if (/^\p{Ll}+$/u.test(token.raw)) index.everydayStems.add(token.stem);
    let candidates = index.phrases.get(key);
    if (!candidates) {
      candidates = [];
      index.phrases.set(key, candidates);
      index.phraseCount++;
    }
    if (candidates.some((c) => c.term === term)) continue;
    const isName = tokens.length === 1 && (term.kind === "tool" || term.kind === "certification");
    candidates.push({
      term,
      isAlias: i > 0,
      caseRule: caseRuleFor(tokens, i > 0),
      ...(isName ? { exactWord: tokens[0]!.norm } : {}),
    });
  }
}

/** A phrase of function words says nothing; a lone generic word ("data") says too little; "data analysis" is fine. */
function isDistinctive(tokens: Token[]): boolean {
  if (tokens.length === 1) return !STOP_STEMS.has(tokens[0]!.stem) && !GENERIC_STEMS.has(tokens[0]!.stem);
  return tokens.some((t) => !STOP_STEMS.has(t.stem));
}

/**
 * The derived vocabulary lowercases its aliases, so a lowercase one-word alias is assumed to be written as a name
 * (an acronym if short); names the vocabulary writes in capitals keep them; lowercase terms ("logistics") match as
 * they are unless they are everyday words.
 */
function caseRuleFor(tokens: Token[], isAlias: boolean): CaseRule {
  const only = tokens.length === 1 ? tokens[0]! : undefined;
  if (!only || !/^\p{L}+$/u.test(only.raw)) return "any";
  const { raw } = only;
  if (raw.length >= 2 && raw === raw.toUpperCase()) return "acronym";
  if (isAlias && raw === raw.toLowerCase()) return raw.length <= 4 ? "acronym" : "capitalised";
  return raw.length <= 2 || EVERYDAY_WORDS.has(only.norm) ? "capitalised" : "any";
}

// When one phrase names several entries, prefer the entry whose own name it is, then the more widely used one.
function byPreference(a: Candidate, b: Candidate) {
  return (
    Number(a.isAlias) - Number(b.isAlias) ||
    Number(b.term.hot) - Number(a.term.hot) ||
    b.term.occupations - a.term.occupations
  );
}

function allows(candidate: Candidate, token: Token): boolean {
  const plural = isAcronymPlural(token.raw) && token.stem === candidate.exactWord; // "GPUs" for "GPU"
  if (candidate.exactWord && token.norm !== candidate.exactWord && !plural) return false;
  if (candidate.caseRule === "any") return true;
  if (token.glued) return false;
  if (candidate.caseRule === "capitalised") return /\p{Lu}/u.test(token.raw);
  return token.raw === token.raw.toUpperCase() || /\p{Lu}/u.test(token.raw.slice(1));
}

/** Every vocabulary phrase in the tokens, longest match first, without overlaps. */
export function findPhrases(index: VocabularyIndex, tokens: readonly Token[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let key = "";
    let best: { candidate: Candidate; end: number } | undefined;
    for (let j = i; j < tokens.length && (j === i || !tokens[j]!.breakBefore); j++) {
      key = j === i ? tokens[j]!.stem : `${key} ${tokens[j]!.stem}`;
      const candidates = index.phrases.get(key);
      if (candidates === undefined) break;
      const candidate = candidates?.find((c) => allows(c, tokens[i]!));
      if (candidate) best = { candidate, end: j + 1 };
    }
    if (!best) {
      i++;
      continue;
    }
    const words = tokens.slice(i, best.end);
    hits.push({
      term: best.candidate.term,
      start: i,
      end: best.end,
      raw: words.map((t) => t.raw).join(" "),
      surface: words.map((t) => t.norm).join(" "),
      stems: words.map((t) => t.stem).join(" "),
      isAlias: best.candidate.isAlias,
    });
    i = best.end;
  }
  return hits;
}
