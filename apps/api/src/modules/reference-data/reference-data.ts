import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { createGunzip, gunzip } from "node:zlib";
import { z } from "zod";
import { occupationPacker } from "./packed-occupation";

/**
 * Reads the reference data that scripts/build-data.ts derives from O*NET 29.3, ESCO v1.1.1 and BLS OEWS May 2024
 * into `<repo>/data/*.json.gz`. This module is the only place doing that I/O: engines receive the parsed data as
 * arguments. Each file is read, decompressed and validated once, on first use.
 */

export const referenceDataDir = path.resolve(import.meta.dirname, "../../../../../data");

export const skillTermSchema = z.object({
  id: z.string().min(1),
  /** Display form, e.g. "Amazon Web Services". */
  term: z.string().min(1),
  kind: z.enum(["tool", "skill", "knowledge", "certification"]),
  /**
   * Lowercased alternative surface forms ("aws", "k8s"). Every form (a lowercased term or an alias) names exactly
   * one entry across the vocabulary.
   */
  aliases: z.array(z.string().min(1)),
  /** O*NET Hot Technology. */
  hot: z.boolean(),
  /** O*NET In Demand for at least one occupation. */
  inDemand: z.boolean(),
  /** How many O*NET occupations list it: a popularity weight (0 for ESCO and curated entries). */
  occupations: z.number().int().nonnegative(),
  source: z.enum(["onet", "esco", "curated"]),
});
export type SkillTerm = z.infer<typeof skillTermSchema>;

export const jobTitleSchema = z.object({
  id: z.string().min(1),
  /** O*NET occupation title, e.g. "Software Developers". */
  title: z.string().min(1),
  onetCode: z.string().regex(/^\d\d-\d{4}\.\d\d$/),
  /** Lowercased alternate and reported titles, most common first. */
  alternates: z.array(z.string().min(1)),
});
export type JobTitle = z.infer<typeof jobTitleSchema>;

export const actionVerbSchema = z.object({
  /** Base form, as a bullet for a current role starts ("lead"). */
  verb: z.string().min(1),
  /** Past tense, as a bullet for a past role starts ("led"). */
  past: z.string().min(1),
  /** How many O*NET task statements start with it (0 for the curated verbs). */
  count: z.number().int().nonnegative(),
});
export type ActionVerb = z.infer<typeof actionVerbSchema>;

const elementScoreSchema = z.object({
  name: z.string().min(1),
  /** O*NET importance, 1–5. */
  importance: z.number().min(1).max(5),
  /** O*NET level, 0–7; null where O*NET recommends suppressing the estimate. */
  level: z.number().min(0).max(7).nullable(),
});

/** OEWS wage percentiles; a value at the top code stands for "at least" it (see `topCoded`). */
const percentilesSchema = z.object({
  p10: z.number().nullable(),
  p25: z.number().nullable(),
  median: z.number().nullable(),
  p75: z.number().nullable(),
  p90: z.number().nullable(),
});

export const wagesSchema = z.object({
  /** BLS SOC code the wages come from: the detailed occupation, or its broad group where OEWS only has that. */
  socCode: z.string(),
  socTitle: z.string(),
  /** OEWS reference period, e.g. "May 2024". */
  period: z.string(),
  employment: z.number().nullable(),
  annual: percentilesSchema,
  hourly: percentilesSchema,
  /** Some value is at the OEWS top code ($239,200 a year, $115 an hour) and stands for "at least". */
  topCoded: z.boolean(),
});
export type Wages = z.infer<typeof wagesSchema>;

export const occupationSchema = z.object({
  code: z.string().regex(/^\d\d-\d{4}\.\d\d$/),
  title: z.string().min(1),
  description: z.string(),
  jobZone: z.number().int().min(1).max(5).nullable(),
  /** Code whose Skills/Knowledge ratings are used: this one, its parent or the closest related one; null if none. */
  skillsFrom: z.string().nullable(),
  /** All 35 O*NET Skills that are rated (suppressed estimates dropped), most important first. */
  skills: z.array(elementScoreSchema),
  /** All rated O*NET Knowledge areas, most important first. */
  knowledge: z.array(elementScoreSchema),
  /** Technology Skills as vocabulary terms: Hot Technologies first, then In Demand, then the most widely used. */
  technologies: z.array(z.object({ name: z.string().min(1), hot: z.boolean(), inDemand: z.boolean() })),
  /** O*NET RIASEC occupational interests, 1–7; null for the codes O*NET does not profile. */
  interests: z
    .object({
      realistic: z.number(),
      investigative: z.number(),
      artistic: z.number(),
      social: z.number(),
      enterprising: z.number(),
      conventional: z.number(),
    })
    .nullable(),
  /**
   * Task statements, core tasks first (O*NET's Task Ratings are not in the data set); `core` is null where O*NET has
   * not yet typed the tasks as core or supplemental.
   */
  tasks: z.array(z.object({ statement: z.string().min(1), core: z.boolean().nullable() })),
  /** O*NET Alternate Titles, lowercased. */
  alternateTitles: z.array(z.string().min(1)),
  /** O*NET Sample of Reported Titles as written, e.g. "Oncology RN (Oncology Registered Nurse)". */
  reportedTitles: z.array(z.string().min(1)),
  /** ESCO essential skills of the ESCO occupations with the same title, most shared first. */
  escoSkills: z.array(z.string().min(1)),
  /** Up to 10 related O*NET codes, closest first. */
  related: z.array(z.string()),
  wages: wagesSchema.nullable(),
});
export type Occupation = z.infer<typeof occupationSchema>;

/** One line of the occupation similarity matrix that scripts/build-data.ts computes (see occupation-similarity.ts). */
export const similarityRowSchema = z.object({
  code: z.string().regex(/^\d\d-\d{4}\.\d\d$/),
  /** Similarities to the occupations before this one in occupations.json.gz, 16-bit little-endian, base64. */
  below: z.base64(),
});
export type SimilarityRow = z.infer<typeof similarityRowSchema>;

export const learningResourceSchema = z.object({
  title: z.string().min(1),
  url: z.url(),
  kind: z.enum(["course", "book", "guide"]),
  provider: z.string().nullable(),
  /** Lowercased Free Programming Books headings or O*NET Skills/Knowledge names the resource teaches. */
  topics: z.array(z.string().min(1)).min(1),
  source: z.enum(["free-programming-books", "curated"]),
});
export type LearningResource = z.infer<typeof learningResourceSchema>;

/**
 * `recordPerLine` files hold one record per line (scripts/build-data.ts writes them so): they are decompressed as a
 * stream and parsed and validated line by line, so neither the whole text nor a whole parsed tree is ever held.
 * `pack` turns each validated record into the form kept in memory.
 */
const files = {
  skillVocabulary: { name: "skill-vocabulary.json.gz", record: skillTermSchema, recordPerLine: false },
  jobTitles: { name: "job-titles.json.gz", record: jobTitleSchema, recordPerLine: false },
  actionVerbs: { name: "action-verbs.json.gz", record: actionVerbSchema, recordPerLine: false },
  occupations: { name: "occupations.json.gz", record: occupationSchema, recordPerLine: true, pack: occupationPacker },
  occupationSimilarity: { name: "occupation-similarity.json.gz", record: similarityRowSchema, recordPerLine: true },
  learningResources: { name: "learning-resources.json.gz", record: learningResourceSchema, recordPerLine: true },
};
type FileKey = keyof typeof files;
type FileData<K extends FileKey> = z.infer<(typeof files)[K]["record"]>[];

const gunzipAsync = promisify(gunzip);
const loaded = new Map<FileKey, Promise<unknown>>();

/** The records of a one-record-per-line JSON array: the lines between "[" and "]", each without its comma. */
async function* recordLines(file: string): AsyncGenerator<string> {
  const record = (line: string) => (line.endsWith(",") ? line.slice(0, -1) : line);
  let partial = "";
  for await (const chunk of createReadStream(file).pipe(createGunzip()).setEncoding("utf8")) {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop()!;
    for (const line of lines) if (line !== "[" && line !== "]" && line !== "") yield record(line);
  }
  if (partial !== "]" && partial !== "") yield record(partial);
}

async function readDataFile<K extends FileKey>(key: K): Promise<FileData<K>> {
  const spec: { name: string; record: z.ZodType; recordPerLine: boolean; pack?: () => (record: never) => unknown } =
    files[key];
  const file = path.join(referenceDataDir, spec.name);
  const fail = (error: z.ZodError, where: string) =>
    new Error(`${file} does not match its schema${where}: ${z.prettifyError(error)}`);
  if (!spec.recordPerLine) {
    const parsed = z
      .array(spec.record)
      .safeParse(JSON.parse((await gunzipAsync(await readFile(file))).toString("utf8")));
    if (!parsed.success) throw fail(parsed.error, "");
    return parsed.data as FileData<K>;
  }
  const pack = spec.pack?.() as ((record: unknown) => unknown) | undefined;
  const records: unknown[] = [];
  for await (const line of recordLines(file)) {
    const parsed = spec.record.safeParse(JSON.parse(line));
    if (!parsed.success) throw fail(parsed.error, ` (record ${records.length + 1})`);
    records.push(pack ? pack(parsed.data) : parsed.data);
  }
  return records as FileData<K>;
}

function load<K extends FileKey>(key: K): Promise<FileData<K>> {
  let promise = loaded.get(key) as Promise<FileData<K>> | undefined;
  if (!promise) {
    promise = readDataFile(key);
    loaded.set(key, promise);
    // A failed read is not cached, so a later call can succeed once the file is there.
    promise.catch(() => loaded.delete(key));
  }
  return promise;
}

/** The ATS keyword vocabulary: O*NET technologies, selected ESCO skills and knowledge, curated terms. */
export function loadSkillVocabulary(): Promise<SkillTerm[]> {
  return load("skillVocabulary");
}

/** O*NET occupations with their alternate titles, for spotting job titles in text. */
export function loadJobTitles(): Promise<JobTitle[]> {
  return load("jobTitles");
}

/** Resume action verbs, most common in O*NET task statements first. */
export function loadActionVerbs(): Promise<ActionVerb[]> {
  return load("actionVerbs");
}

/** O*NET occupations with skills, knowledge, technologies, tasks, titles, ESCO skills, related occupations, wages. */
export function loadOccupations(): Promise<Occupation[]> {
  return load("occupations");
}

/**
 * The similarity of every pair of occupations, one row per occupation in the order of loadOccupations(). Not cached:
 * the career index decodes it once into a compact matrix, and the 1.4 MB of text would only sit here unused.
 */
export function loadOccupationSimilarity(): Promise<SimilarityRow[]> {
  return readDataFile("occupationSimilarity");
}

/** Free learning resources: Free Programming Books courses and books, and a curated set for other skills. */
export function loadLearningResources(): Promise<LearningResource[]> {
  return load("learningResources");
}
