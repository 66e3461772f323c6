/** A period read from resume text as JSON Resume partial dates (YYYY or YYYY-MM); no end date means "until now". */
export interface DateRange {
  startDate?: string;
  endDate?: string;
  current: boolean;
}

const months: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const monthName =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const year = "(?:19|20)\\d{2}";
/** One point in time: "Jan 2020", "January, 2020", "08/2018", "2018-08", "2018.08", "2019", or "Present". */
const point = `(?:${monthName},?\\s*(?:'\\d{2}|${year})|(?:0?[1-9]|1[0-2])[/.](?:${year})|${year}[-/.](?:0[1-9]|1[0-2])(?![\\d])|${year}|present|current|now|today|ongoing)`;
const separator = "\\s*(?:-|–|—|‒|~|→|to|until|till|through|thru)\\s*";
const rangePattern = new RegExp(`(?<![\\w/.-])(${point})(?:${separator}(${point}))?(?![\\w/])`, "i");
const stillGoing = /^(present|current|now|today|ongoing)$/i;

function parsePoint(text: string): string | "now" | undefined {
  const value = text.trim().toLowerCase();
  if (stillGoing.test(value)) return "now";
  const named = value.match(/^([a-z]{3})[a-z]*\.?,?\s*('\d{2}|\d{4})$/);
  if (named) {
    const month = months[named[1] ?? ""];
    const digits = named[2] ?? "";
    const fullYear = digits.startsWith("'") ? `20${digits.slice(1)}` : digits;
    return month ? `${fullYear}-${String(month).padStart(2, "0")}` : undefined;
  }
  const monthFirst = value.match(/^(\d{1,2})[/.](\d{4})$/);
  if (monthFirst) return `${monthFirst[2]}-${monthFirst[1]?.padStart(2, "0")}`;
  const yearFirst = value.match(/^(\d{4})[-/.](\d{2})$/);
  if (yearFirst) return `${yearFirst[1]}-${yearFirst[2]}`;
  return /^\d{4}$/.test(value) ? value : undefined;
}

/**
 * The first date or date range in `text` ("Jan 2020 – Present", "2019-2021", "August 2012 to May 2016") and the
 * text around it, so "Acme, 2019 – 2021" yields the range and "Acme,".
 */
export function findDateRange(text: string): { range: DateRange; rest: string } | undefined {
  const match = rangePattern.exec(text);
  if (!match) return undefined;
  const start = parsePoint(match[1] ?? "");
  const end = match[2] === undefined ? undefined : parsePoint(match[2]);
  if (start === undefined || start === "now" || (match[2] !== undefined && end === undefined)) return undefined;
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  const range: DateRange = { startDate: start, current: end === "now" };
  if (end !== undefined && end !== "now") range.endDate = end;
  return { range, rest: rest.replace(/\s+/g, " ").trim() };
}

/** Text that is a date or date range and nothing else (apart from punctuation and words like "since"). */
export function parseDateRange(text: string): DateRange | undefined {
  const found = findDateRange(text);
  if (!found) return undefined;
  return /^[\s,|·•:()–—-]*(since|from|de|seit)?[\s,|·•:()–—-]*$/i.test(found.rest) ? found.range : undefined;
}

/** Looks like a date someone meant to write ("Spring 2019", "2019 – ?") but is not one this reader understands. */
export function looksLikeUnreadDate(text: string): boolean {
  return /\b(19|20)\d{2}\b/.test(text) && text.length <= 40 && findDateRange(text) === undefined;
}
