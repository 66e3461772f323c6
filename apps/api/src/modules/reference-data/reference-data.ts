import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { z } from "zod";

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

const wagesSchema = z.object({
  /** BLS SOC code the wages come from: the detailed occupation, or its broad group where OEWS only has that. */
  socCode: z.string(),
  socTitle: z.string(),
  employment: z.number().nullable(),
  hourlyMedian: z.number().nullable(),
  annualMedian: z.number().nullable(),
  annualP10: z.number().nullable(),
  annualP25: z.number().nullable(),
  annualP75: z.number().nullable(),
  annualP90: z.number().nullable(),
  /** Some value is at the OEWS top code ($239,200 a year, $115 an hour) and stands for "at least". */
  topCoded: z.boolean(),
});

export const occupationSchema = z.object({
  code: z.string().regex(/^\d\d-\d{4}\.\d\d$/),
  title: z.string().min(1),
  description: z.string(),
  jobZone: z.number().int().min(1).max(5).nullable(),
  /** Code whose Skills/Knowledge ratings are used: this one, its parent or the closest related one; null if none. */
  skillsFrom: z.string().nullable(),
  /** Top 10 O*NET Skills by importance. */
  topSkills: z.array(elementScoreSchema),
  /** Top 8 O*NET Knowledge areas by importance. */
  topKnowledge: z.array(elementScoreSchema),
  /** Up to 15 vocabulary terms, Hot Technologies first. */
  technologies: z.array(z.string()),
  /** Up to 10 related O*NET codes, closest first. */
  related: z.array(z.string()),
  wages: wagesSchema.nullable(),
});
export type Occupation = z.infer<typeof occupationSchema>;

const files = {
  skillVocabulary: { name: "skill-vocabulary.json.gz", schema: z.array(skillTermSchema) },
  jobTitles: { name: "job-titles.json.gz", schema: z.array(jobTitleSchema) },
  actionVerbs: { name: "action-verbs.json.gz", schema: z.array(actionVerbSchema) },
  occupations: { name: "occupations.json.gz", schema: z.array(occupationSchema) },
};
type FileKey = keyof typeof files;
type FileData<K extends FileKey> = z.infer<(typeof files)[K]["schema"]>;

const gunzipAsync = promisify(gunzip);
const loaded = new Map<FileKey, Promise<unknown>>();

async function readDataFile<K extends FileKey>(key: K): Promise<FileData<K>> {
  const { name, schema } = files[key];
  const file = path.join(referenceDataDir, name);
  const json = await gunzipAsync(await readFile(file));
  const parsed = schema.safeParse(JSON.parse(json.toString("utf8")));
  if (!parsed.success) throw new Error(`${file} does not match its schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data as FileData<K>;
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

/** O*NET occupations with skills, knowledge, technologies, related occupations and BLS wages. */
export function loadOccupations(): Promise<Occupation[]> {
  return load("occupations");
}
