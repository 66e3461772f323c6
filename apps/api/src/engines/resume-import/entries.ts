import { type DateRange, findDateRange, looksLikeUnreadDate, parseDateRange } from "./dates";
import type { Cell, Line } from "./text-lines";

export const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
export const phonePattern = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d[\d\s.-]{5,}\d/;
export const urlPattern = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?$/i;
const usLocation = /^[A-Z][\p{L} .'-]+,\s*[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?$/u;
const countries = new Set(
  (
    "usa,us,united states,uk,united kingdom,england,scotland,wales,ireland,canada,mexico,brazil,argentina,chile," +
    "colombia,peru,germany,france,spain,portugal,italy,netherlands,belgium,luxembourg,switzerland,austria,poland," +
    "czechia,czech republic,slovakia,hungary,romania,bulgaria,greece,turkey,denmark,norway,sweden,finland," +
    "iceland,estonia,latvia,lithuania,ukraine,russia,israel,egypt,nigeria,kenya,south africa,morocco,india," +
    "pakistan,bangladesh,sri lanka,china,japan,south korea,korea,taiwan,hong kong,singapore,malaysia,indonesia," +
    "philippines,vietnam,thailand,australia,new zealand,uae,united arab emirates,saudi arabia,qatar"
  ).split(","),
);
/** "Berlin, Germany": a place and a country this reader knows. */
const isCityCountry = (text: string) => {
  const match = text.match(/^([A-Z][\p{L} .'-]{1,30}),\s*([\p{L} .]{2,30})$/u);
  return Boolean(match && countries.has(match[2]!.toLowerCase().replace(/\./g, "").trim()));
};
const notAPlace = /\b(inc|llc|ltd|gmbh|corp|co|plc|university|college|school|institute)\b/i;

/** "San Francisco, CA", "Berlin, Germany", "Remote". */
export function isLocation(text: string) {
  if (/^(remote|hybrid|on-?site)$/i.test(text)) return true;
  if (notAPlace.test(text) || text.split(/\s+/).length > 5) return false;
  return usLocation.test(text) || isCityCountry(text);
}

export const isUrl = (text: string) => urlPattern.test(text) && !emailPattern.test(text) && /[a-z]/i.test(text);

/** Prose rather than a label: a sentence, a list item, or a long run of words. */
export function isBodyText(text: string) {
  const words = text.split(/\s+/).length;
  return words >= 8 || (words >= 4 && /[.;!?]$/.test(text)) || /^[•●▪■◦‣∙○►✓]/.test(text);
}

export type CellKind = "date" | "location" | "url" | "short";
export interface ClassifiedCell {
  kind: CellKind;
  text: string;
  range?: DateRange;
}

/** A cell as a field of an entry header; a cell holding a date and a label ("Acme, 2019 – 2021") gives both. */
export function classifyCell(text: string): ClassifiedCell[] {
  const range = parseDateRange(text);
  if (range) return [{ kind: "date", text, range }];
  if (isUrl(text)) return [{ kind: "url", text }];
  if (isLocation(text)) return [{ kind: "location", text }];
  const found = text.length <= 120 ? findDateRange(text) : undefined;
  const label = found?.rest.replace(/^[\s,|·•:–—-]+|[\s,|·•:–—-]+$/g, "");
  if (found && label) return [...classifyCell(label), { kind: "date", text, range: found.range }];
  // "Acme Inc., San Francisco, CA": a label with its place after a comma.
  for (const comma of text.matchAll(/,\s+/g)) {
    const place = text.slice(comma.index + comma[0].length);
    if (isLocation(place))
      return [
        { kind: "short", text: text.slice(0, comma.index) },
        { kind: "location", text: place },
      ];
  }
  return [{ kind: "short", text }];
}

/** One item of a section (a job, a degree, a project) before its fields are named. */
export interface RawEntry {
  shorts: string[];
  dates: DateRange[];
  locations: string[];
  urls: string[];
  /** Paragraphs or list items under the header lines, and which of them were list items. */
  body: string[];
  bullets: boolean[];
  /** From a "Keywords: a, b" or "Technologies: a, b" line. */
  keywords: string[];
  unreadDates: number;
  /** How many labels came before the first date: two or more means the date closed the header. */
  labelsBeforeDate?: number;
}

const emptyEntry = (): RawEntry => ({
  shorts: [],
  dates: [],
  locations: [],
  urls: [],
  body: [],
  bullets: [],
  keywords: [],
  unreadDates: 0,
});

/** Joins a wrapped line to the paragraph above: "e-" + "commerce" stays "e-commerce". */
export function appendWrapped(paragraph: string, text: string) {
  if (/[-‐]$/.test(paragraph) && /^[a-z]/.test(text)) return paragraph + text;
  return `${paragraph} ${text}`;
}

const keywordLine = /^(?:keywords|technologies|tech stack|stack|tools|skills used)\s*:\s*(.+)$/i;
const stripBullet = (text: string) => text.replace(/^[•●▪■◦‣∙○►✓–-]\s*/, "");

/**
 * Groups a section's lines into entries. Header lines (labels, dates, places) come first and body text follows;
 * a header line after body text, a second date, a label after a date that followed two labels, or one label too
 * many starts the next entry. A link after the body still belongs to its entry.
 */
export function groupEntries(lines: Line[], options: { maxLabels: number }): RawEntry[] {
  const entries: RawEntry[] = [];
  let entry = emptyEntry();
  const next = () => {
    entries.push(entry);
    entry = emptyEntry();
  };
  const isEmpty = (e: RawEntry) => e.shorts.length + e.dates.length + e.body.length + e.urls.length === 0;
  for (const line of lines) {
    const only = line.cells.length === 1 ? line.cells[0]!.text : undefined;
    if (only !== undefined && (isBodyText(only) || (!line.startsParagraph && entry.body.length > 0))) {
      if (!line.startsParagraph && entry.body.length > 0)
        entry.body[entry.body.length - 1] = appendWrapped(entry.body.at(-1)!, only);
      else {
        entry.body.push(stripBullet(only));
        entry.bullets.push(Boolean(line.bullet) || /^[•●▪■◦‣∙○►✓]/.test(only));
      }
      continue;
    }
    const keywords = only?.match(keywordLine);
    if (keywords) {
      entry.keywords.push(...keywords[1]!.split(/\s*[,;|]\s*/).filter(Boolean));
      continue;
    }
    for (const cell of line.cells.flatMap((c: Cell) => classifyCell(c.text))) {
      if (cell.kind === "url") {
        entry.urls.push(cell.text);
        continue;
      }
      const startsNext =
        entry.body.length > 0 ||
        (cell.kind === "date" && entry.dates.length > 0) ||
        (cell.kind === "short" && (entry.labelsBeforeDate ?? 0) >= 2) ||
        (cell.kind === "short" && entry.shorts.length >= options.maxLabels);
      if (startsNext && !isEmpty(entry)) next();
      if (cell.kind === "date") {
        entry.labelsBeforeDate ??= entry.shorts.length;
        entry.dates.push(cell.range!);
      } else if (cell.kind === "location") entry.locations.push(cell.text);
      else {
        if (looksLikeUnreadDate(cell.text)) entry.unreadDates++;
        entry.shorts.push(cell.text);
      }
    }
  }
  if (!isEmpty(entry)) entries.push(entry);
  return entries;
}

/**
 * Joins a line that wraps onto the next (it ends in "-" or ",", or the next goes on in lower case) into one, so a
 * sentence wrapped in a narrow sidebar reads as the sentence it is rather than as a run of short labels.
 */
export function joinWrappedLines(lines: Line[]): Line[] {
  const joined: Line[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const text = line.cells[0]?.text ?? "";
    const previousText = previous?.cells[0]?.text ?? "";
    const wraps =
      previous?.cells.length === 1 &&
      line.cells.length === 1 &&
      !line.startsParagraph &&
      (/[-‐,]$/.test(previousText) || /^[a-z]/.test(text)) &&
      classifyCell(previousText).every((c) => c.kind === "short") &&
      classifyCell(text).every((c) => c.kind === "short");
    if (wraps) {
      const cell = previous.cells[0]!;
      joined[joined.length - 1] = {
        ...previous,
        cells: [{ ...cell, text: appendWrapped(cell.text, text), right: Math.max(cell.right, line.cells[0]!.right) }],
      };
    } else joined.push(line);
  }
  return joined;
}

/**
 * Splits a section laid out as a grid (skills or projects side by side) into its columns, read one after the
 * other. A column starts where labels begin on two or more lines made only of labels (not a job title beside its
 * dates).
 */
export function gridColumns(lines: Line[]): Line[][] {
  const starts = new Map<number, number>();
  for (const line of lines) {
    if (line.cells.length < 2) continue;
    const allLabels = line.cells.every(
      (cell) => !isBodyText(cell.text) && classifyCell(cell.text).every((c) => c.kind === "short"),
    );
    if (!allLabels) continue;
    for (const cell of line.cells.slice(1)) {
      const key = Math.round(cell.x / 6);
      starts.set(key, (starts.get(key) ?? 0) + 1);
    }
  }
  // An indented list beside a column start is that column's body, not a column of its own.
  const columnStarts = [...starts]
    .filter(([, count]) => count >= 2)
    .map(([key]) => key * 6 - 4)
    .sort((a, b) => a - b)
    .filter((x, i, all) => i === 0 || x - all[i - 1]! > 24);
  if (columnStarts.length === 0) return [joinWrappedLines(lines)];
  const edges = [Number.NEGATIVE_INFINITY, ...columnStarts];
  const columns: Line[][] = edges.map(() => []);
  for (const line of lines) {
    const byColumn = new Map<number, Cell[]>();
    for (const cell of line.cells) {
      const column = edges.findLastIndex((edge) => cell.x >= edge);
      byColumn.set(column, [...(byColumn.get(column) ?? []), cell]);
    }
    for (const [column, cells] of byColumn) columns[column]!.push({ ...line, cells });
  }
  return columns.filter((c) => c.length > 0).map(joinWrappedLines);
}
