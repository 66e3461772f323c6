/** A JSON Resume date: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export interface ResumeDate {
  year: number;
  month?: number;
  day?: number;
  precision: "year" | "month" | "day";
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PRESENT = /^(present|current|now|ongoing)$/i;

/** Parses a JSON Resume date; undefined when it is not one (or names an impossible day such as 2023-02-30). */
export function parseResumeDate(text: string): ResumeDate | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1900 || year > 2200) return undefined;
  if (match[2] === undefined) return { year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: "month" };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { year, month, day, precision: "day" };
}

/** Some exporters write "Present" where JSON Resume leaves endDate out; both mean a current role. */
export function isPresent(text: string | undefined): boolean {
  return text === undefined || text.trim() === "" || PRESENT.test(text.trim());
}

/** Compares two dates at the coarser of their precisions, so "2014" and "2014-06" are equal. */
export function compareResumeDates(a: ResumeDate, b: ResumeDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}
