import type { ResumeDocument } from "@hirefolio/shared";
import { parseDateRange } from "./dates";

/** The parts of a Reactive Resume export (its own format, not JSON Resume) that import accuracy is scored on. */
export interface ReactiveResumeData {
  basics: { name: string; email: string; phone: string };
  sections: {
    experience: { items: { company: string; position: string; date: string; visible: boolean }[] };
    education: { items: { institution: string; studyType: string; area: string; date: string; visible: boolean }[] };
    skills: { items: { name: string; keywords: string[]; visible: boolean }[] };
  };
}

export const accuracyFields = [
  "name",
  "email",
  "phone",
  "jobTitle",
  "company",
  "dates",
  "degree",
  "school",
  "skills",
] as const;
export type AccuracyField = (typeof accuracyFields)[number];
export type FieldScore = { found: number; expected: number };
export type AccuracyScore = Record<AccuracyField, FieldScore>;

/** Case, whitespace and punctuation do not count. */
export const normaliseForScore = (text: string | undefined) =>
  (text ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** "January 2019 to Present" → ["2019-01", "present"]; dates compare to the month. */
function expectedPeriod(text: string): [string, string] {
  const range = parseDateRange(text);
  if (!range) throw new Error(`fixture date not understood: ${text}`);
  return [range.startDate ?? "", range.current ? "present" : (range.endDate ?? "")];
}
const month = (date: string | undefined) => (date ?? "").slice(0, 7);

/**
 * Field-level accuracy of an imported document against the source data: each expected value is found when the
 * entry matched to it (by company, by institution) carries the same normalised text.
 */
export function scoreImport(expected: ReactiveResumeData, actual: ResumeDocument): AccuracyScore {
  const same = (a: string | undefined, b: string | undefined) => normaliseForScore(a) === normaliseForScore(b);
  const score = (hits: boolean[]): FieldScore => ({ found: hits.filter(Boolean).length, expected: hits.length });
  const jobs = expected.sections.experience.items.filter((i) => i.visible);
  const schools = expected.sections.education.items.filter((i) => i.visible);
  const matchJob = (company: string) => actual.work.find((w) => same(w.name, company));
  const matchSchool = (institution: string) => actual.education.find((e) => same(e.institution, institution));

  const jobDates = jobs.flatMap((job) => {
    const [start, end] = expectedPeriod(job.date);
    const found = matchJob(job.company);
    return [
      month(found?.startDate) === start,
      found ? (found.endDate ? month(found.endDate) : "present") === end : false,
    ];
  });
  const schoolDates = schools.flatMap((school) => {
    const [start, end] = expectedPeriod(school.date);
    const found = matchSchool(school.institution);
    return [month(found?.startDate) === start, month(found?.endDate) === end];
  });
  const degreeOf = (e: ResumeDocument["education"][number] | undefined) =>
    [e?.studyType, `${e?.studyType} in ${e?.area}`, `${e?.studyType} ${e?.area}`].map(normaliseForScore);
  const skillTexts = new Set(actual.skills.flatMap((s) => [s.name, ...(s.keywords ?? [])]).map(normaliseForScore));
  const skills = expected.sections.skills.items.filter((s) => s.visible).flatMap((s) => [s.name, ...s.keywords]);

  return {
    name: score([same(actual.basics.name, expected.basics.name)]),
    email: score([same(actual.basics.email, expected.basics.email)]),
    phone: score([actual.basics.phone?.replace(/\D/g, "") === expected.basics.phone.replace(/\D/g, "")]),
    jobTitle: score(jobs.map((job) => actual.work.some((w) => same(w.position, job.position)))),
    company: score(jobs.map((job) => Boolean(matchJob(job.company)))),
    dates: score([...jobDates, ...schoolDates]),
    degree: score(schools.map((s) => degreeOf(matchSchool(s.institution)).includes(normaliseForScore(s.studyType)))),
    school: score(schools.map((s) => Boolean(matchSchool(s.institution)))),
    skills: score(skills.map((s) => skillTexts.has(normaliseForScore(s)))),
  };
}
