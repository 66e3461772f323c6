import type { AtsResumeInput } from "@hirefolio/shared";
import { parseResumeDate } from "./iso-date";

const MS_PER_YEAR = 365.25 * 24 * 60 * 60 * 1000;

/**
 * Whole years since the earliest work start date, the way a summary counts "N years of experience"; undefined when
 * no role has a start date or it is less than a year ago. Computed from the user's own dates, never guessed.
 */
export function yearsOfExperience(resume: AtsResumeInput, now: Date): number | undefined {
  const starts = (resume.work ?? [])
    .map((w) => (w.startDate ? parseResumeDate(w.startDate) : undefined))
    .filter((d) => d !== undefined)
    .map((d) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
  if (starts.length === 0) return undefined;
  const years = Math.floor((now.getTime() - Math.min(...starts)) / MS_PER_YEAR);
  return years >= 1 ? years : undefined;
}
