import type { ResumeDocument, ResumeImportField, ResumeImportReport } from "@hirefolio/shared";
import type { ResumeReading } from "./resume-import";

const basicsFields = [
  ["name", "Name"],
  ["label", "Headline"],
  ["email", "Email"],
  ["phone", "Phone"],
  ["location", "Location"],
  ["url", "Website"],
  ["profiles", "Profiles"],
  ["summary", "Summary"],
] as const;

const listFields = [
  ["work", "Work experience"],
  ["education", "Education"],
  ["skills", "Skills"],
  ["projects", "Projects"],
  ["certificates", "Certificates"],
  ["awards", "Awards"],
  ["languages", "Languages"],
  ["volunteer", "Volunteering"],
  ["publications", "Publications"],
  ["interests", "Interests"],
  ["references", "References"],
] as const;

/** Fields almost every resume has: their absence is worth a look. */
const expected = new Set(["basics.name", "basics.email", "basics.phone", "work", "education", "skills"]);

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** What a person should check after an import: which fields were read, which were not, and what looked wrong. */
export function importReport(
  reading: ResumeReading,
  source: { kind: "pdf" | "docx"; pages: number },
): ResumeImportReport {
  const { document, analysis } = reading;
  const found: ResumeImportField[] = [];
  const missing: ResumeImportField[] = [];
  for (const [key, label] of basicsFields) {
    const value = document.basics[key];
    const field = `basics.${key}`;
    const present = Array.isArray(value) ? value.length > 0 : Boolean(value);
    if (present) found.push({ field, label, ...(Array.isArray(value) ? { count: value.length } : {}) });
    else if (expected.has(field)) missing.push({ field, label });
  }
  for (const [key, label] of listFields) {
    const count = document[key].length;
    if (count > 0) found.push({ field: key, label, count });
    else if (expected.has(key)) missing.push({ field: key, label });
  }

  const warnings: string[] = [];
  if (analysis.unreadDates > 0)
    warnings.push(
      `${plural(analysis.unreadDates, "date")} could not be read; enter ${analysis.unreadDates === 1 ? "it" : "them"} as month and year.`,
    );
  const undated = document.work.filter((w) => !w.startDate).length;
  if (undated > 0) warnings.push(`${plural(undated, "job")} ${undated === 1 ? "has" : "have"} no dates.`);
  const unnamed = document.work.filter((w) => !w.name || !w.position).length;
  if (unnamed > 0)
    warnings.push(`${plural(unnamed, "job")} ${unnamed === 1 ? "is" : "are"} missing a title or an employer.`);
  for (const title of analysis.skippedSections)
    warnings.push(`The “${title}” section was not imported; add it by hand.`);
  if (analysis.columns > 1)
    warnings.push("Two columns were read one after the other; check that sidebar items landed in the right section.");

  const core = ["basics.name", "basics.email", "work", "education"].filter((f) =>
    found.some((x) => x.field === f),
  ).length;
  const confidence = core === 4 && warnings.length <= 1 ? "high" : core >= 2 ? "medium" : "low";
  return { source: source.kind, pages: source.pages, columns: analysis.columns, confidence, found, missing, warnings };
}

/** Nothing a resume is made of was found: not worth creating a resume from. */
export function nothingRecognised(document: ResumeDocument) {
  const { name, email, phone } = document.basics;
  return !name && !email && !phone && document.work.length + document.education.length + document.skills.length === 0;
}
