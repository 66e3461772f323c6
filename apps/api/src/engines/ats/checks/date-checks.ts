import type { AtsCheck, AtsResumeInput } from "@hirefolio/shared";
import { compareResumeDates, isPresent, parseResumeDate, type ResumeDate } from "../iso-date";
import { type AddCheck, collectChecks } from "./collect-checks";

const DATED_SECTIONS = ["work", "volunteer", "education", "projects"] as const;

interface DatedEntry {
  path: string;
  startDate?: string;
  endDate?: string;
}

/**
 * Every role dated, dates that parse (JSON Resume uses ISO YYYY, YYYY-MM or YYYY-MM-DD), ends after starts, one
 * current role at most, the same precision throughout (a printed resume shows it), and newest roles first.
 */
export function checkDates(resume: AtsResumeInput): AtsCheck[] {
  return collectChecks("dates", "format", (add) => {
    const precisions = new Set<ResumeDate["precision"]>();

    for (const section of DATED_SECTIONS) {
      const entries: DatedEntry[] = (resume[section] ?? []).map((e, i) => ({ ...e, path: `${section}[${i}]` }));
      for (const entry of entries) {
        if (section === "work" && !entry.startDate?.trim()) {
          add("role-undated", "error", "Add a start date to this role.", `${entry.path}.startDate`);
        }
        const start = parseField(entry.startDate, `${entry.path}.startDate`, add);
        const end = isPresent(entry.endDate) ? undefined : parseField(entry.endDate, `${entry.path}.endDate`, add);
        for (const date of [start, end]) if (date) precisions.add(date.precision);
        if (start && end && compareResumeDates(end, start) < 0) {
          add("end-before-start", "error", "The end date is before the start date.", `${entry.path}.endDate`);
        }
      }
    }

    const work = resume.work ?? [];
    const current = work.flatMap((w, i) => (w.startDate?.trim() && isPresent(w.endDate) ? [i] : []));
    for (const i of current.slice(1)) {
      add(
        "several-present",
        "warning",
        `This role has no end date, so it shows as "Present" alongside work[${current[0]}]; add the end date if it has ended.`,
        `work[${i}].endDate`,
      );
    }
    const outOfOrder = findOutOfOrder(work.map((w) => (w.startDate ? parseResumeDate(w.startDate) : undefined)));
    if (outOfOrder !== undefined) {
      add(
        "not-reverse-chronological",
        "warning",
        "List roles newest first; this one started later than the role above it.",
        `work[${outOfOrder}]`,
      );
    }
    if (precisions.size > 1) {
      add(
        "mixed-precision",
        "info",
        "Dates mix years, months and days; use one precision (month and year) throughout.",
        "work",
      );
    }
  });
}

function parseField(text: string | undefined, where: string, add: AddCheck): ResumeDate | undefined {
  if (!text?.trim()) return undefined;
  const date = parseResumeDate(text);
  if (!date) add("invalid", "error", `"${text}" is not a date in the form YYYY-MM or YYYY-MM-DD.`, where);
  return date;
}

/** Index of the first role that started after the role listed above it. */
function findOutOfOrder(starts: (ResumeDate | undefined)[]): number | undefined {
  let previous: ResumeDate | undefined;
  for (const [i, start] of starts.entries()) {
    if (!start) continue;
    if (previous && compareResumeDates(start, previous) > 0) return i;
    previous = start;
  }
  return undefined;
}
