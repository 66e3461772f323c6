import type { CareerOccupation } from "./career-occupation";
import { titleTerms, titleVariants, trigrams } from "./title-terms";

export interface OccupationMatch {
  code: string;
  title: string;
  /** 0–1: 1 when the query equals a title of the occupation word for word. */
  score: number;
  /** The official, alternate or reported title that matched best. */
  matchedTitle: string;
}

/**
 * Every title of every occupation, as parallel typed arrays (≈58,000 titles: objects per title cost several times
 * the memory). Title `e` has terms `entryTerms[termStart[e]..termStart[e + 1])`.
 */
interface TitleEntries {
  occupation: Int32Array;
  /** The official title counts a little more than a reported one, and that more than an alternate. */
  sourceWeight: Float32Array;
  /** Length of the IDF-weighted term vector, for cosine scoring. */
  norm: Float64Array;
  /** Every title in one string, each followed by a newline: title `e` is `display[displayStart[e]..displayStart[e + 1] - 1)`. */
  display: string;
  displayStart: Int32Array;
}

export interface OccupationIndex {
  occupations: { code: string; title: string; prior: number }[];
  entries: TitleEntries;
  termIds: Map<string, number>;
  idf: Float64Array;
  /** Entries containing term `t`: `postings[postingStart[t]..postingStart[t + 1])`. */
  postingStart: Int32Array;
  postings: Int32Array;
  /** Terms containing trigram `g` (by id): `trigramTerms[trigramStart[g]..trigramStart[g + 1])`. */
  trigramIds: Map<string, number>;
  trigramStart: Int32Array;
  trigramTerms: Int32Array;
  termTrigramCounts: Uint16Array;
  /** Reused accumulators (queries run one at a time), so a query allocates nothing per candidate. */
  scratch: { entryDots: Float64Array; termShared: Uint16Array };
}

/** A fuzzy word must share this Dice coefficient of trigrams with a known word to stand in for it. */
const MIN_FUZZY_DICE = 0.5;
/** A fuzzy substitute counts for less than the word itself. */
const FUZZY_WEIGHT = 0.8;
const REPORTED_WEIGHT = 0.99;
const ALTERNATE_WEIGHT = 0.98;
/** Each further title of the occupation that matches well adds this much (capped), so "front end developer" goes
 * to the occupation with many front-end titles rather than one that lists it once. */
const SUPPORT_BONUS = 0.02;
const MAX_SUPPORT_BONUS = 0.08;
const SUPPORT_MIN_SCORE = 0.4;
const EXACT = 1 - 1e-9;
/** Employment only breaks near-ties: log10(employment) × this is at most ~0.02. */
const PRIOR_WEIGHT = 0.003;
/**
 * "Engineers, All Other" and the like are SOC's catch-all categories: their alternate titles are a grab bag ("full
 * stack engineer" sits under 17-2199.00), so a specific occupation with a nearly as good title is the better answer.
 */
const RESIDUAL_TITLE = /, All Other$/;
const RESIDUAL_PENALTY = 0.12;

/**
 * Indexes every official, alternate and reported title once (build at start-up, reuse for every query). Titles
 * become IDF-weighted term sets; an inverted index finds candidates, and a trigram index over the known words
 * resolves misspellings.
 */
export function buildOccupationIndex(occupations: readonly CareerOccupation[]): OccupationIndex {
  const termIds = new Map<string, number>();
  const termId = (t: string) => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(t, id);
    }
    return id;
  };
  // Flat lists rather than one array per title: the build stays within a few megabytes of scratch.
  const occupationOf: number[] = [];
  const weights: number[] = [];
  const display: string[] = [];
  const entryTerms: number[] = [];
  const termStart = [0];
  occupations.forEach((o, occupation) => {
    const seen = new Set<string>();
    const add = (title: string, weight: number) => {
      const ids = [...new Set(titleTerms(title).map(termId))].sort((x, y) => x - y);
      const key = ids.join(" ");
      if (ids.length === 0 || seen.has(key)) return;
      seen.add(key);
      occupationOf.push(occupation);
      weights.push(weight);
      display.push(title);
      entryTerms.push(...ids);
      termStart.push(entryTerms.length);
    };
    for (const title of titleVariants(o.title)) add(title, 1);
    for (const reported of o.reportedTitles) for (const title of titleVariants(reported)) add(title, REPORTED_WEIGHT);
    for (const alternate of o.alternateTitles)
      for (const title of titleVariants(alternate)) add(title, ALTERNATE_WEIGHT);
  });

  const entryCount = occupationOf.length;
  const termCount = termIds.size;
  const documentFrequency = new Int32Array(termCount);
  for (const t of entryTerms) documentFrequency[t]!++;
  const idf = Float64Array.from(documentFrequency, (df) => Math.log(1 + entryCount / df));
  const postingStart = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t]! + documentFrequency[t]!;
  const postings = new Int32Array(postingStart[termCount]!);
  const filled = postingStart.slice(0, termCount);
  const norm = new Float64Array(entryCount);
  for (let e = 0; e < entryCount; e++) {
    let squares = 0;
    for (let k = termStart[e]!; k < termStart[e + 1]!; k++) {
      const t = entryTerms[k]!;
      postings[filled[t]!++] = e;
      squares += idf[t]! ** 2;
    }
    norm[e] = Math.sqrt(squares);
  }

  const { trigramIds, trigramStart, trigramTerms, termTrigramCounts } = trigramIndex(termIds);
  const displayStart = new Int32Array(entryCount + 1);
  display.forEach((title, e) => {
    displayStart[e + 1] = displayStart[e]! + title.length + 1;
  });

  return {
    occupations: occupations.map((o) => ({
      code: o.code,
      title: o.title,
      prior:
        PRIOR_WEIGHT * Math.log10(1 + (o.wages?.employment ?? 0)) -
        (RESIDUAL_TITLE.test(o.title) ? RESIDUAL_PENALTY : 0),
    })),
    entries: {
      occupation: Int32Array.from(occupationOf),
      sourceWeight: Float32Array.from(weights),
      norm,
      display: `${display.join("\n")}\n`,
      displayStart,
    },
    termIds,
    idf,
    postingStart,
    postings,
    trigramIds,
    trigramStart,
    trigramTerms,
    termTrigramCounts,
    scratch: { entryDots: new Float64Array(entryCount), termShared: new Uint16Array(termCount) },
  };
}

/** Which known words contain each letter trigram, for resolving misspelt words. */
function trigramIndex(termIds: Map<string, number>) {
  const trigramIds = new Map<string, number>();
  const pairs: number[] = [];
  const termTrigramCounts = new Uint16Array(termIds.size);
  for (const [term, id] of termIds) {
    const grams = new Set(trigrams(term));
    termTrigramCounts[id] = grams.size;
    for (const g of grams) {
      let gram = trigramIds.get(g);
      if (gram === undefined) {
        gram = trigramIds.size;
        trigramIds.set(g, gram);
      }
      pairs.push(gram, id);
    }
  }
  const trigramStart = new Int32Array(trigramIds.size + 1);
  for (let k = 0; k < pairs.length; k += 2) trigramStart[pairs[k]! + 1]!++;
  for (let g = 0; g < trigramIds.size; g++) trigramStart[g + 1]! += trigramStart[g]!;
  const trigramTerms = new Int32Array(pairs.length / 2);
  const filled = trigramStart.slice(0, trigramIds.size);
  // Terms go in in id order, so each trigram's list stays sorted by term id as before.
  for (let k = 0; k < pairs.length; k += 2) trigramTerms[filled[pairs[k]!]!++] = pairs[k + 1]!;
  return { trigramIds, trigramStart, trigramTerms, termTrigramCounts };
}

/** The known word closest to an unknown one by trigram Dice coefficient, if close enough. */
function closestTerm(index: OccupationIndex, word: string): { id: number; dice: number } | undefined {
  const grams = new Set(trigrams(word));
  const shared = index.scratch.termShared;
  const touched: number[] = [];
  for (const g of grams) {
    const gram = index.trigramIds.get(g);
    if (gram === undefined) continue;
    for (let k = index.trigramStart[gram]!; k < index.trigramStart[gram + 1]!; k++) {
      const id = index.trigramTerms[k]!;
      if (shared[id] === 0) touched.push(id);
      shared[id]!++;
    }
  }
  let best: { id: number; dice: number } | undefined;
  for (const id of touched) {
    const dice = (2 * shared[id]!) / (grams.size + index.termTrigramCounts[id]!);
    shared[id] = 0;
    if (dice >= MIN_FUZZY_DICE && (!best || dice > best.dice || (dice === best.dice && id < best.id)))
      best = { id, dice };
  }
  return best;
}

interface Candidate {
  score: number;
  entry: number;
  /** How many of the occupation's titles match well. */
  support: number;
}

function scoreForm(index: OccupationIndex, query: string): Map<number, Candidate> {
  const words = titleTerms(query);
  if (words.length === 0) return new Map();
  const weights = new Map<number, number>();
  for (const word of words) {
    const known = index.termIds.get(word);
    const resolved = known === undefined ? closestTerm(index, word) : { id: known, dice: 1 };
    if (!resolved) continue;
    const weight = index.idf[resolved.id]! * (resolved.dice === 1 ? 1 : FUZZY_WEIGHT * resolved.dice);
    weights.set(resolved.id, Math.max(weights.get(resolved.id) ?? 0, weight));
  }
  if (weights.size === 0) return new Map();
  // Words that matched nothing still count in the query's length, so a partial match scores below a full one.
  const unmatched = words.length - weights.size;
  const queryNorm = Math.sqrt(
    [...weights.values()].reduce((s, w) => s + w * w, 0) + Math.max(0, unmatched) * Math.max(...index.idf) ** 2 * 0.25,
  );

  const dots = index.scratch.entryDots;
  const touched: number[] = [];
  for (const [term, weight] of weights) {
    const idf = index.idf[term]!;
    for (let p = index.postingStart[term]!; p < index.postingStart[term + 1]!; p++) {
      const entry = index.postings[p]!;
      if (dots[entry] === 0) touched.push(entry);
      dots[entry]! += weight * idf;
    }
  }
  const { entries } = index;
  const best = new Map<number, Candidate>();
  for (const entry of touched) {
    // Equal term sets give a cosine of 1 (up to rounding): the query is this title word for word.
    const cosine = Math.min(1, dots[entry]! / (queryNorm * entries.norm[entry]!));
    dots[entry] = 0;
    const score = (cosine > EXACT ? 1 : Math.min(0.99, cosine)) * entries.sourceWeight[entry]!;
    const occupation = entries.occupation[entry]!;
    const current = best.get(occupation) ?? { score: -1, entry: -1, support: 0 };
    if (score >= SUPPORT_MIN_SCORE) current.support++;
    if (score > current.score || (score === current.score && entry < current.entry)) {
      current.score = score;
      current.entry = entry;
    }
    best.set(occupation, current);
  }
  return best;
}

/**
 * Ranks occupations for a free-text job title. Each title entry scores the cosine of IDF-weighted term sets with the
 * query (unknown words replaced by their closest known word, at a discount); an occupation takes its best entry,
 * plus a little for each further well-matching title. "CNC Operator (Computer Numerical Control Operator)" is
 * matched form by form.
 */
export function matchOccupations(index: OccupationIndex, query: string, limit = 10): OccupationMatch[] {
  const best = new Map<number, Candidate>();
  for (const form of titleVariants(query.trim())) {
    for (const [occupation, candidate] of scoreForm(index, form)) {
      const current = best.get(occupation);
      if (!current || candidate.score > current.score) best.set(occupation, candidate);
    }
  }
  return [...best]
    .map(([occupation, { score, entry, support }]) => {
      const bonus = Math.min(MAX_SUPPORT_BONUS, SUPPORT_BONUS * Math.max(0, support - 1));
      return { occupation, score, entry, rank: score + bonus + index.occupations[occupation]!.prior };
    })
    .sort((a, b) => b.rank - a.rank || a.occupation - b.occupation)
    .slice(0, limit)
    .map(({ occupation, score, entry }) => ({
      code: index.occupations[occupation]!.code,
      title: index.occupations[occupation]!.title,
      score: Number(score.toFixed(3)),
      matchedTitle: index.entries.display.slice(
        index.entries.displayStart[entry],
        index.entries.displayStart[entry + 1]! - 1,
      ),
    }));
}
