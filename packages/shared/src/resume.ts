import { z } from "zod";

// Every field of a JSON Resume (https://jsonresume.org/schema) is optional, and real files often carry "" for an
// unknown value, so "" is accepted wherever a format (URL, email, date) is otherwise checked.

const text = (max: number) => z.string().trim().max(max);
const line = text(200);
const paragraph = text(5000);

/** Only http(s): a `javascript:` URL would run when a template renders it as a link. */
function isBlankOrWebUrl(value: string) {
  if (value === "") return true;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
const webUrl = text(2048).refine(isBlankOrWebUrl, "must be an http or https URL");
const email = text(254).refine((v) => v === "" || z.email().safeParse(v).success, "must be an email address");
/** JSON Resume's ISO 8601 partial date: a year, a month or a day. */
const partialDate = text(10).regex(
  /^$|^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
  "must be a date as YYYY, YYYY-MM or YYYY-MM-DD",
);
const entries = <T extends z.ZodType>(entry: T, max = 50) => z.array(entry).max(max).default([]);
const words = (max = 50) => z.array(text(100)).max(max).optional();
const highlights = z.array(text(1000)).max(30).optional();

const period = { startDate: partialDate.optional(), endDate: partialDate.optional() };

const basicsSchema = z.object({
  name: line.optional(),
  label: line.optional(),
  image: webUrl.optional(),
  email: email.optional(),
  phone: text(60).optional(),
  url: webUrl.optional(),
  summary: paragraph.optional(),
  location: z
    .object({
      address: text(500).optional(),
      postalCode: text(20).optional(),
      city: line.optional(),
      countryCode: text(2).optional(),
      region: line.optional(),
    })
    .optional(),
  profiles: z
    .array(z.object({ network: line.optional(), username: line.optional(), url: webUrl.optional() }))
    .max(20)
    .optional(),
});

const workSchema = z.object({
  name: line.optional(),
  location: line.optional(),
  description: line.optional(),
  position: line.optional(),
  url: webUrl.optional(),
  ...period,
  summary: paragraph.optional(),
  highlights,
});

const volunteerSchema = z.object({
  organization: line.optional(),
  position: line.optional(),
  url: webUrl.optional(),
  ...period,
  summary: paragraph.optional(),
  highlights,
});

const educationSchema = z.object({
  institution: line.optional(),
  url: webUrl.optional(),
  area: line.optional(),
  studyType: line.optional(),
  ...period,
  score: text(40).optional(),
  courses: words(),
});

const awardSchema = z.object({
  title: line.optional(),
  date: partialDate.optional(),
  awarder: line.optional(),
  summary: paragraph.optional(),
});

const certificateSchema = z.object({
  name: line.optional(),
  date: partialDate.optional(),
  url: webUrl.optional(),
  issuer: line.optional(),
});

const publicationSchema = z.object({
  name: line.optional(),
  publisher: line.optional(),
  releaseDate: partialDate.optional(),
  url: webUrl.optional(),
  summary: paragraph.optional(),
});

const skillSchema = z.object({ name: line.optional(), level: line.optional(), keywords: words() });
const languageSchema = z.object({ language: line.optional(), fluency: line.optional() });
const interestSchema = z.object({ name: line.optional(), keywords: words() });
const referenceSchema = z.object({ name: line.optional(), reference: paragraph.optional() });

const projectSchema = z.object({
  name: line.optional(),
  description: paragraph.optional(),
  highlights,
  keywords: words(),
  ...period,
  url: webUrl.optional(),
  roles: words(20),
  entity: line.optional(),
  type: line.optional(),
});

/** Unknown keys are dropped everywhere except in `meta`, which tools use for their own bookkeeping. */
const metaSchema = z.looseObject({
  canonical: webUrl.optional(),
  version: text(40).optional(),
  lastModified: text(40).optional(),
});

export const resumeDocumentSchema = z.object({
  basics: basicsSchema.prefault({}),
  work: entries(workSchema),
  volunteer: entries(volunteerSchema),
  education: entries(educationSchema),
  awards: entries(awardSchema),
  certificates: entries(certificateSchema),
  publications: entries(publicationSchema),
  skills: entries(skillSchema),
  languages: entries(languageSchema),
  interests: entries(interestSchema),
  references: entries(referenceSchema),
  projects: entries(projectSchema),
  meta: metaSchema.optional(),
});
export type ResumeDocument = z.infer<typeof resumeDocumentSchema>;
export type ResumeDocumentInput = z.input<typeof resumeDocumentSchema>;
export type ResumeSection = keyof ResumeDocument;
/** Sections in the order the schema (and a rendered resume) lists them. */
export const resumeSections = Object.keys(resumeDocumentSchema.shape) as ResumeSection[];

export function emptyResumeDocument(): ResumeDocument {
  return resumeDocumentSchema.parse({});
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function renameKey(value: unknown, from: string, to: string) {
  if (!isRecord(value) || !(from in value)) return value;
  const { [from]: renamed, ...rest } = value;
  return to in rest ? rest : { ...rest, [to]: renamed };
}

/** Older JSON Resume versions (before 1.0) called `url` `website` and a work entry's `name` `company`. */
export function upgradeLegacyJsonResume(input: unknown): unknown {
  if (!isRecord(input)) return input;
  const upgraded: Record<string, unknown> = { ...input, basics: renameKey(input.basics, "website", "url") };
  for (const section of ["work", "volunteer", "education", "publications", "certificates", "projects"]) {
    const list = input[section];
    if (Array.isArray(list)) upgraded[section] = list.map((entry) => renameKey(entry, "website", "url"));
  }
  if (Array.isArray(upgraded.work)) upgraded.work = upgraded.work.map((entry) => renameKey(entry, "company", "name"));
  return upgraded;
}

export const jsonResumeImportSchema = z
  .preprocess(upgradeLegacyJsonResume, resumeDocumentSchema)
  .describe(
    "A JSON Resume document (https://jsonresume.org/schema). Unknown keys outside `meta` are dropped; the older " +
      "field names `website` and work `company` are read as `url` and `name`.",
  );

export const defaultResumeTemplateId = "software-engineering";
export const resumeTemplateIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, "must be a template id such as software-engineering");
const titleSchema = z.string().trim().min(1).max(120);

export const resumeSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  templateId: z.string(),
  currentVersionId: z.string().describe("The newest version; its document is the resume's document"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ResumeSummary = z.infer<typeof resumeSummarySchema>;

export const resumeSchema = resumeSummarySchema.extend({ document: resumeDocumentSchema });
export type Resume = z.infer<typeof resumeSchema>;

export const createResumeSchema = z.object({
  title: titleSchema,
  templateId: resumeTemplateIdSchema.default(defaultResumeTemplateId),
  document: resumeDocumentSchema.prefault({}),
});
export type CreateResume = z.infer<typeof createResumeSchema>;

export const updateResumeSchema = z.object({
  title: titleSchema.optional(),
  templateId: resumeTemplateIdSchema.optional(),
  document: resumeDocumentSchema.optional(),
  baseVersionId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe("The version the edit started from; the save is refused with 409 if a newer version exists"),
});
export type UpdateResume = z.infer<typeof updateResumeSchema>;

export const duplicateResumeSchema = z.object({ title: titleSchema.optional() });
export type DuplicateResume = z.infer<typeof duplicateResumeSchema>;

export const resumeVersionSchema = z.object({
  id: z.string(),
  number: z.number().int().describe("1, 2, 3 … within the resume"),
  name: z.string().nullable().describe("Named versions are kept as they are: later saves never merge into them"),
  summary: z.string().describe('What changed since the version before, e.g. "3 fields changed in work, skills"'),
  createdAt: z.string(),
  updatedAt: z.string().describe("Later than createdAt when quick successive saves were merged into this version"),
});
export type ResumeVersion = z.infer<typeof resumeVersionSchema>;

export const nameVersionSchema = z.object({
  name: z.string().trim().min(1).max(80).nullable().describe("null removes the name"),
});

export const resumeDiffQuerySchema = z.object({
  from: z.string().min(1).max(100).describe("A version id"),
  to: z.string().min(1).max(100).default("current").describe('A version id, or "current" for the resume as it is'),
});

export const resumeChangeSchema = z.object({
  path: z.string().describe('e.g. "work[0].highlights[2]"; a removed entry is indexed as in the `from` document'),
  section: z.string().describe('e.g. "work"'),
  kind: z.enum(["added", "removed", "changed"]),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  words: z
    .array(z.object({ value: z.string(), added: z.boolean().optional(), removed: z.boolean().optional() }))
    .optional()
    .describe("Word-level diff of a changed text; absent when the texts differ too much to align"),
});
export type ResumeChange = z.infer<typeof resumeChangeSchema>;

export const resumeDiffSchema = z.object({
  from: z.string(),
  to: z.string(),
  summary: z.string(),
  changes: z.array(resumeChangeSchema),
});
export type ResumeDiff = z.infer<typeof resumeDiffSchema>;
