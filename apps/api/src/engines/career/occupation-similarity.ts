import { STOP_WORDS } from "../ats/generic-words";
import { tokenise } from "../ats/normalise";
import type { CareerOccupation } from "./career-occupation";
import { titleTerms } from "./title-terms";

/** A unit-length sparse vector: term ids with their weights. */
interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** One text view of every occupation as unit TF-IDF vectors, plus the inverted index that scores a row at once. */
interface TextView {
  weight: number;
  vectors: (SparseVector | null)[];
  postings: { occupations: Int32Array; weights: Float64Array }[];
}

/** The text and profile views of every occupation: what the similarities are computed from, at build time only. */
interface SimilarityViews {
  /** Centred profile vectors (Skills and Knowledge importance × level, RIASEC interests), unit length; null if none. */
  profiles: (Float64Array | null)[];
  views: TextView[];
}

export interface SimilarityModel {
  codes: string[];
  indexOf: Map<string, number>;
  /**
   * Similarity of occupations `i` and `j` at `[i * n + j]`, in 65,535ths. Computing it takes a second and tens of
   * megabytes of scratch, so scripts/build-data.ts does it once and the server only reads the result (2 MB).
   */
  matrix: Uint16Array;
  /** O*NET profiles tasks for 923 codes; the rest ("All Other" residuals) are never suggested as a next role. */
  profiled: boolean[];
  /** The most similar profiled occupations of each, most similar first: the graph career paths walk. */
  neighbours: { occupation: number; similarity: number }[][];
}

/** A similarity in 0–1 stored in 16 bits: steps of 0.000015, far finer than any ranking here depends on. */
const SCALE = 65_535;

/**
 * How much each view counts, tuned on bench/career-similarity.ts (recall@10 of O*NET's Related Occupations, a table
 * this model never reads). Technologies and ESCO skills were tried and lowered recall, so they only feed the gaps.
 */
const WEIGHTS = { profile: 0.2, tasks: 0.45, titles: 0.35 };
/** Interests are on a 1–7 scale, ratings products on 0–35: this puts them on a comparable footing. */
const INTEREST_SCALE = 5;
/** Damps the IDF of rare words, which otherwise let one odd word in a task decide a match. */
const IDF_POWER = 0.7;
const NEIGHBOUR_COUNT = 25;

function taskTerms(text: string): string[] {
  return tokenise(text)
    .filter((t) => t.norm.length > 1 && !STOP_WORDS.has(t.norm) && !/^\d+$/.test(t.norm))
    .map((t) => t.stem);
}

/** `bagOf` is called once per occupation and its terms counted at once, so all the bags never coexist in memory. */
function buildTextView(
  weight: number,
  occupations: readonly CareerOccupation[],
  bagOf: (o: CareerOccupation) => string[],
): TextView {
  const termIds = new Map<string, number>();
  const counts = occupations.map((o) => {
    const m = new Map<number, number>();
    for (const term of bagOf(o)) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
      }
      m.set(id, (m.get(id) ?? 0) + 1);
    }
    return m;
  });
  const documentFrequency = new Uint32Array(termIds.size);
  for (const m of counts) for (const id of m.keys()) documentFrequency[id]!++;
  const documents = counts.filter((m) => m.size > 0).length;
  const lists = Array.from({ length: termIds.size }, () => ({ occupations: [] as number[], weights: [] as number[] }));
  const vectors = counts.map((m, occupation) => {
    // A term in one occupation only cannot link two, so it gets no weight.
    const terms = [...m].filter(([id]) => documentFrequency[id]! > 1);
    if (terms.length === 0) return null;
    const ids = Int32Array.from(terms, ([id]) => id);
    const weights = Float64Array.from(
      terms,
      ([id, n]) => Math.sqrt(n) * Math.log(documents / documentFrequency[id]!) ** IDF_POWER,
    );
    const length = Math.hypot(...weights);
    if (length === 0) return null;
    ids.forEach((id, k) => {
      weights[k]! /= length;
      lists[id]!.occupations.push(occupation);
      lists[id]!.weights.push(weights[k]!);
    });
    return { ids, weights };
  });
  const postings = lists.map((l) => ({
    occupations: Int32Array.from(l.occupations),
    weights: Float64Array.from(l.weights),
  }));
  return { weight, vectors, postings };
}

function profileValues(o: CareerOccupation): Map<string, number> | null {
  if (o.skills.length === 0) return null;
  const values = new Map<string, number>();
  for (const e of o.skills) values.set(`skill:${e.name}`, e.importance * (e.level ?? 0));
  for (const e of o.knowledge) values.set(`knowledge:${e.name}`, e.importance * (e.level ?? 0));
  for (const [name, value] of Object.entries(o.interests ?? {})) values.set(`interest:${name}`, value * INTEREST_SCALE);
  return values;
}

/** Profiles centred on the mean occupation, so what every job needs (reading, speaking) does not make all alike. */
function buildProfiles(occupations: readonly CareerOccupation[]): (Float64Array | null)[] {
  const raw = occupations.map(profileValues);
  const dimensions = [...new Set(raw.flatMap((v) => (v ? [...v.keys()] : [])))].sort();
  const vectors = raw.map((v) => (v ? Float64Array.from(dimensions, (d) => v.get(d) ?? 0) : null));
  const present = vectors.filter((v) => v !== null);
  const mean = new Float64Array(dimensions.length);
  for (const v of present) for (let d = 0; d < v.length; d++) mean[d]! += v[d]! / present.length;
  return vectors.map((v) => {
    if (!v) return null;
    const centred = v.map((x, d) => x - mean[d]!);
    const length = Math.hypot(...centred);
    return length > 0 ? centred.map((x) => x / length) : null;
  });
}

/**
 * Builds the model from the occupation records (about a second for all 1,016 codes). It blends a profile cosine with
 * TF-IDF cosines of task statements and of alternate and reported titles, and deliberately ignores O*NET's Related
 * Occupations, so the bench can score it against that list.
 */
export function buildSimilarityModel(occupations: readonly CareerOccupation[]): SimilarityModel {
  const views: SimilarityViews = {
    profiles: buildProfiles(occupations),
    views: [
      buildTextView(WEIGHTS.tasks, occupations, (o) =>
        [o.description, ...o.tasks.map((t) => t.statement)].flatMap(taskTerms),
      ),
      buildTextView(WEIGHTS.titles, occupations, (o) =>
        [o.title, ...o.alternateTitles, ...o.reportedTitles].flatMap((t) => [...new Set(titleTerms(t))]),
      ),
    ],
  };
  const n = occupations.length;
  const matrix = new Uint16Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = exactRow(views, i, n);
    // Only j < i is kept and mirrored, so the stored similarity is symmetric to the last bit.
    for (let j = 0; j < i; j++) {
      const value = Math.round(Math.min(1, row[j]!) * SCALE);
      matrix[i * n + j] = value;
      matrix[j * n + i] = value;
    }
    matrix[i * n + i] = SCALE;
  }
  return similarityModelFromMatrix(occupations, matrix);
}

/** The model over stored similarities (see `encodeSimilarityRows`); only the neighbour lists are computed. */
export function similarityModelFromMatrix(
  occupations: readonly Pick<CareerOccupation, "code" | "tasks">[],
  matrix: Uint16Array,
): SimilarityModel {
  const model: SimilarityModel = {
    codes: occupations.map((o) => o.code),
    indexOf: new Map(occupations.map((o, i) => [o.code, i])),
    matrix,
    profiled: occupations.map((o) => o.tasks.length > 0),
    neighbours: [],
  };
  model.neighbours = occupations.map((_, i) => nearest(model, i, NEIGHBOUR_COUNT));
  return model;
}

/**
 * Row `i` of the matrix below the diagonal (`i` values, j < i), as base64 of little-endian 16-bit integers: how
 * scripts/build-data.ts stores the model, one line per occupation.
 */
export function encodeSimilarityRows(model: SimilarityModel): string[] {
  const n = model.codes.length;
  return model.codes.map((_, i) => {
    const below = new Uint16Array(i);
    below.set(model.matrix.subarray(i * n, i * n + i));
    return Buffer.from(below.buffer, below.byteOffset, below.byteLength).toString("base64");
  });
}

/** The full symmetric matrix from `encodeSimilarityRows` output; the diagonal (an occupation with itself) is 1. */
export function decodeSimilarityRows(rows: readonly string[]): Uint16Array {
  const n = rows.length;
  const matrix = new Uint16Array(n * n);
  rows.forEach((encoded, i) => {
    const bytes = Buffer.from(encoded, "base64");
    if (bytes.length !== 2 * i) throw new Error(`similarity row ${i} has ${bytes.length / 2} values, not ${i}`);
    for (let j = 0; j < i; j++) {
      const value = bytes.readUInt16LE(2 * j);
      matrix[i * n + j] = value;
      matrix[j * n + i] = value;
    }
    matrix[i * n + i] = SCALE;
  });
  return matrix;
}

/** The `count` profiled occupations most similar to occupation `i`, most similar first (ties: lower index). */
function nearest(model: SimilarityModel, i: number, count: number) {
  const n = model.codes.length;
  const row = model.matrix.subarray(i * n, (i + 1) * n);
  // Insertion into a short sorted list: a full sort of every row made the graph build several times slower.
  const top: number[] = [];
  for (let j = 0; j < n; j++) {
    if (j === i || !model.profiled[j]) continue;
    if (top.length === count && row[j]! <= row[top[count - 1]!]!) continue;
    let at = top.length;
    while (at > 0 && row[top[at - 1]!]! < row[j]!) at--;
    top.splice(at, 0, j);
    if (top.length > count) top.pop();
  }
  return top.map((j) => ({ occupation: j, similarity: row[j]! / SCALE }));
}

/**
 * Similarity of occupation `i` to every occupation, 0–1: the weighted mean of the views both sides have (a profile
 * cosine below 0 counts as 0).
 */
function exactRow({ profiles, views }: SimilarityViews, i: number, n: number): Float64Array {
  const sum = new Float64Array(n);
  const weight = new Float64Array(n);
  const mine = profiles[i];
  if (mine) {
    for (let j = 0; j < n; j++) {
      const theirs = profiles[j];
      if (!theirs) continue;
      let dot = 0;
      for (let d = 0; d < mine.length; d++) dot += mine[d]! * theirs[d]!;
      sum[j]! += WEIGHTS.profile * Math.max(0, dot);
      weight[j]! += WEIGHTS.profile;
    }
  }
  for (const view of views) {
    const vector = view.vectors[i];
    if (!vector) continue;
    const dots = new Float64Array(n);
    for (let k = 0; k < vector.ids.length; k++) {
      const posting = view.postings[vector.ids[k]!]!;
      const x = vector.weights[k]!;
      for (let p = 0; p < posting.occupations.length; p++) dots[posting.occupations[p]!]! += x * posting.weights[p]!;
    }
    for (let j = 0; j < n; j++) {
      if (!view.vectors[j]) continue;
      sum[j]! += view.weight * dots[j]!;
      weight[j]! += view.weight;
    }
  }
  for (let j = 0; j < n; j++) sum[j] = weight[j]! > 0 ? sum[j]! / weight[j]! : 0;
  return sum;
}

/** Similarity of occupation `i` to every occupation, 0–1. */
export function similarityRow(model: SimilarityModel, i: number): Float64Array {
  const n = model.codes.length;
  return Float64Array.from(model.matrix.subarray(i * n, (i + 1) * n), (value) => value / SCALE);
}

/** Similarity of two occupations by code, 0–1; undefined when a code is unknown. */
export function occupationSimilarity(model: SimilarityModel, from: string, to: string): number | undefined {
  const i = model.indexOf.get(from);
  const j = model.indexOf.get(to);
  if (i === undefined || j === undefined) return undefined;
  return model.matrix[i * model.codes.length + j]! / SCALE;
}
