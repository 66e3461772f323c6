import type { AtsResumeInput } from "@hirefolio/shared";

/** A piece of prose in the resume and where it lives, e.g. "work[0].highlights[2]". */
export interface ResumeField {
  path: string;
  text: string;
}

/** An achievement bullet: highlights of work, volunteer and project entries. */
export interface ResumeBullet extends ResumeField {
  /** The entry it belongs to, e.g. "work[0]". */
  entryPath: string;
}

/** Keys that hold contact details, dates, links or metadata rather than prose an ATS reads for keywords. */
const NOT_PROSE = new Set([
  "$schema",
  "meta",
  "references",
  "url",
  "image",
  "email",
  "phone",
  "startDate",
  "endDate",
  "date",
  "releaseDate",
  "username",
  "network",
  "countryCode",
  "postalCode",
  "address",
]);
const MAX_DEPTH = 6;

/** Every prose string in the resume with its path, in document order; custom fields included. */
export function collectResumeFields(resume: AtsResumeInput): ResumeField[] {
  const fields: ResumeField[] = [];
  const walk = (value: unknown, path: string, depth: number) => {
    if (typeof value === "string") {
      if (/[\p{L}\p{N}]/u.test(value)) fields.push({ path, text: value });
    } else if (Array.isArray(value)) {
      if (depth < MAX_DEPTH) for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`, depth + 1);
    } else if (value && typeof value === "object" && depth < MAX_DEPTH) {
      for (const [key, child] of Object.entries(value)) {
        if (!NOT_PROSE.has(key)) walk(child, path ? `${path}.${key}` : key, depth + 1);
      }
    }
  };
  walk(resume, "", 0);
  return fields;
}

const BULLET_SECTIONS = ["work", "volunteer", "projects"] as const;

export function collectBullets(resume: AtsResumeInput): ResumeBullet[] {
  const bullets: ResumeBullet[] = [];
  for (const section of BULLET_SECTIONS) {
    resume[section]?.forEach((entry, i) => {
      entry.highlights?.forEach((text, j) => {
        if (/[\p{L}\p{N}]/u.test(text)) {
          bullets.push({ path: `${section}[${i}].highlights[${j}]`, text, entryPath: `${section}[${i}]` });
        }
      });
    });
  }
  return bullets;
}
