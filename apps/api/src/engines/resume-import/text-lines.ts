/** A run of text on a page: x from the left edge and y of the baseline from the top edge, in points. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
}

export interface PageRuns {
  width: number;
  height: number;
  runs: TextRun[];
}

/** Text on one line that stands apart from its neighbours by a wide gap (a date pushed to the right margin). */
export interface Cell {
  text: string;
  x: number;
  right: number;
}

export interface Line {
  cells: Cell[];
  y: number;
  page: number;
  fontSize: number;
  bold: boolean;
  /** The first line of a paragraph or list item; wrapped continuation lines are false. */
  startsParagraph: boolean;
  /** Known from the source (a DOCX heading style), not guessed. */
  heading?: boolean;
  bullet?: boolean;
}

/** Lines read top to bottom in one column (or the full-width page header) of one page. */
export interface Block {
  page: number;
  column: number;
  lines: Line[];
}

export const lineText = (line: Line) => line.cells.map((c) => c.text).join(" ");

// Fonts without a ToUnicode entry for the "fi"/"fl" ligature glyph come out as U+0000; "fl" before these endings.
const flEndings = /^(ow|ex|ect|uen|uid|ash|ight|oor|at|y\b|ask|ag|eet|oat|ood|ush|ip|ap|ame|avo|air|u\b)/;

/** Drops icon-font glyphs (private use) and normalises spaces; lost ligatures are repaired once runs are joined. */
export function cleanRunText(text: string): string {
  return text.replace(/[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\uFFFD]/gu, "").replace(/[\u00A0\u2007\u202F]/g, " ");
}

/** "Certi\0cations" → "Certifications", "StackOver\0ow" → "StackOverflow"; ligature code points spelled out. */
export function repairLigatures(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is how the lost ligature arrives
      .replace(/\u0000/g, (_match, offset: number, whole: string) =>
        flEndings.test(whole.slice(offset + 1)) ? "fl" : "fi",
      )
      .replace(/\uFB01/g, "fi")
      .replace(/\uFB02/g, "fl")
      .replace(/\uFB00/g, "ff")
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Runs whose baselines are within a third of the font size of each other sit on one row. */
function rowsOf(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(run.y - row.y) <= 0.3 * Math.max(row.size, run.fontSize)) {
      row.runs.push(run);
      if (run.fontSize > row.size) Object.assign(row, { y: run.y, size: run.fontSize });
    } else rows.push({ y: run.y, size: run.fontSize, runs: [run] });
  }
  return rows.map((row) => row.runs.sort((a, b) => a.x - b.x));
}

/** Joins runs into cells: a small gap is a space, a gap wider than ~0.8 em separates two cells. */
function lineOf(row: TextRun[], page: number): Line {
  const cells: Cell[] = [];
  let previous: TextRun | undefined;
  for (const run of row) {
    const cell = cells.at(-1);
    const gap = previous ? run.x - cell!.right : Number.POSITIVE_INFINITY;
    const em = Math.max(run.fontSize, previous?.fontSize ?? 0);
    if (cell && gap <= 0.8 * em) {
      cell.text += gap > 0.12 * em && !cell.text.endsWith(" ") && !run.text.startsWith(" ") ? ` ${run.text}` : run.text;
      cell.right = Math.max(cell.right, run.x + run.width);
    } else cells.push({ text: run.text, x: run.x, right: run.x + run.width });
    previous = run;
  }
  const main = row.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return {
    cells: cells
      .map((c) => ({ ...c, text: repairLigatures(c.text).replace(/\s+/g, " ").trim() }))
      .filter((c) => c.text !== ""),
    y: median(row.map((r) => r.y)),
    page,
    fontSize: Math.max(...row.map((r) => r.fontSize)),
    bold: main.bold,
    startsParagraph: true,
  };
}

const charsOf = (runs: TextRun[]) => runs.reduce((sum, r) => sum + r.text.length, 0);

/**
 * Finds the gutter of a two-column layout: a vertical strip no text crosses below some point (a full-width header
 * may cross it above), with real text on both sides. A narrow margin of headings or dates beside the content is
 * not a column: each side must hold at least 15% of the text below the header, and most of the left side's lines
 * must not share a baseline with the right side's.
 */
export function findGutter(page: PageRuns): { x: number; headerBottom: number } | undefined {
  const runs = page.runs;
  if (runs.length < 10) return undefined;
  const top = Math.min(...runs.map((r) => r.y));
  const bottom = Math.max(...runs.map((r) => r.y));
  const candidates: { x: number; headerBottom: number }[] = [];
  for (let x = page.width * 0.2; x <= page.width * 0.8; x += 2) {
    const crossing = runs.filter((r) => r.x + 1 < x && r.x + r.width - 1 > x);
    const headerBottom = crossing.length ? Math.max(...crossing.map((r) => r.y)) : top - 1;
    if (bottom - headerBottom < 0.4 * (bottom - top)) continue;
    const below = runs.filter((r) => r.y > headerBottom + 1);
    const leftRuns = below.filter((r) => r.x + r.width <= x);
    const rightRuns = below.filter((r) => r.x >= x);
    const [left, right] = [charsOf(leftRuns), charsOf(rightRuns)];
    if (Math.min(left, right) < 0.15 * (left + right)) continue;
    // Labels beside content (a heading or date column) sit on the content's baselines; real columns flow apart.
    const aligned = leftRuns.filter((l) => rightRuns.some((r) => Math.abs(r.y - l.y) < 1)).length;
    if (aligned <= 0.5 * leftRuns.length) candidates.push({ x, headerBottom });
  }
  // The lowest header wins; of its candidate strips, the middle of the widest run of neighbouring ones.
  const headerBottom = Math.min(...candidates.map((c) => c.headerBottom));
  const runsOfStrips: number[][] = [];
  for (const { x } of candidates.filter((c) => c.headerBottom === headerBottom)) {
    const last = runsOfStrips.at(-1);
    if (last && x - last.at(-1)! <= 2.5) last.push(x);
    else runsOfStrips.push([x]);
  }
  const widest = runsOfStrips.reduce<number[] | undefined>((a, b) => (!a || b.length > a.length ? b : a), undefined);
  return widest ? { x: (widest[0]! + widest.at(-1)!) / 2, headerBottom } : undefined;
}

/** Text in the top or bottom tenth of the page repeated on other pages: running headers, footers, page numbers. */
function isPageFurniture(row: TextRun[], page: PageRuns, repeated: Set<string>) {
  const y = row[0]?.y ?? 0;
  if (y > page.height * 0.1 && y < page.height * 0.9) return false;
  const text = row
    .map((r) => r.text)
    .join(" ")
    .trim();
  return repeated.has(text) || /^(page\s*)?\d{1,3}(\s*(of|\/)\s*\d{1,3})?$/i.test(text);
}

function rowKey(row: TextRun[]) {
  return row
    .map((r) => r.text)
    .join(" ")
    .trim();
}

/**
 * Splits each line into paragraphs: a line starts one when it opens with a bullet, or when the gap above it is
 * clearly wider than the document's usual line spacing for its font size.
 */
function markParagraphs(blocks: Block[]) {
  const gaps: number[] = [];
  for (const block of blocks)
    for (let i = 1; i < block.lines.length; i++) {
      const [a, b] = [block.lines[i - 1]!, block.lines[i]!];
      const gap = b.y - a.y;
      if (Math.abs(a.fontSize - b.fontSize) < 0.5 && gap > 0 && gap < 2.5 * b.fontSize) gaps.push(gap / b.fontSize);
    }
  gaps.sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length * 0.25)] ?? 1.2;
  for (const block of blocks)
    for (let i = 1; i < block.lines.length; i++) {
      const [above, line] = [block.lines[i - 1]!, block.lines[i]!];
      const bullet = /^[•●▪■◦‣∙○►✓–-]\s/.test(lineText(line));
      line.bullet = bullet;
      line.startsParagraph = bullet || line.y - above.y > 1.2 * usual * line.fontSize || line.page !== above.page;
    }
}

/** Pages → blocks in reading order: per page the full-width header (if any), then the left and right columns. */
export function blocksFromPages(pages: PageRuns[]): { blocks: Block[]; columns: number } {
  const cleaned = pages.map((page) => ({
    ...page,
    runs: page.runs
      .map((r) => ({ ...r, text: cleanRunText(r.text) }))
      .filter((r) => r.text.trim() !== "" && r.width >= 0),
  }));
  const rowCounts = new Map<string, number>();
  for (const page of cleaned)
    for (const key of new Set(rowsOf(page.runs).map(rowKey))) rowCounts.set(key, (rowCounts.get(key) ?? 0) + 1);
  const repeated = new Set([...rowCounts].filter(([, count]) => count > 1 && pages.length > 1).map(([key]) => key));

  const blocks: Block[] = [];
  let columns = 1;
  cleaned.forEach((page, index) => {
    const furniture = new Set(
      rowsOf(page.runs)
        .filter((row) => isPageFurniture(row, page, repeated))
        .flat(),
    );
    const content = { ...page, runs: page.runs.filter((r) => !furniture.has(r)) };
    const gutter = findGutter(content);
    const toBlock = (runs: TextRun[], column: number): Block => ({
      page: index + 1,
      column,
      lines: rowsOf(runs)
        .map((row) => lineOf(row, index + 1))
        .filter((line) => line.cells.length > 0),
    });
    if (!gutter) {
      blocks.push(toBlock(content.runs, 0));
      return;
    }
    columns = 2;
    const below = (r: TextRun) => r.y > gutter.headerBottom + 1;
    blocks.push(
      toBlock(
        content.runs.filter((r) => !below(r)),
        0,
      ),
      toBlock(
        content.runs.filter((r) => below(r) && r.x + r.width / 2 < gutter.x),
        1,
      ),
      toBlock(
        content.runs.filter((r) => below(r) && r.x + r.width / 2 >= gutter.x),
        2,
      ),
    );
  });
  const nonEmpty = blocks.filter((b) => b.lines.length > 0);
  markParagraphs(nonEmpty);
  return { blocks: nonEmpty, columns };
}
