/**
 * The small markdown subset the coach writes: paragraphs, "- " bullets, "1." numbered lists and **bold**, plus the
 * "Source: …" line every answer ends with. Parsed to data and rendered as React elements, so nothing the model writes
 * is ever interpreted as HTML.
 */
export interface InlineRun {
  text: string;
  bold: boolean;
}

export type MarkdownBlock =
  | { kind: "paragraph"; runs: InlineRun[] }
  | { kind: "citation"; runs: InlineRun[] }
  | { kind: "bullets"; items: InlineRun[][] }
  | { kind: "numbered"; start: number; items: InlineRun[][] };

const bullet = /^\s*[-*•]\s+(.*)$/;
const numbered = /^\s*(\d{1,3})[.)]\s+(.*)$/;
const citation = /^\s*(?:\*\*)?sources?:/i;

/** Splits text at **bold** markers; an unclosed marker (still streaming) stays literal. */
export function inlineRuns(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  let rest = text;
  for (let match = /\*\*(.+?)\*\*/.exec(rest); match; match = /\*\*(.+?)\*\*/.exec(rest)) {
    if (match.index > 0) runs.push({ text: rest.slice(0, match.index), bold: false });
    runs.push({ text: match[1] ?? "", bold: true });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) runs.push({ text: rest, bold: false });
  return runs;
}

export function parseChatMarkdown(text: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const last = blocks.at(-1);
    const bulletItem = bullet.exec(line);
    const numberedItem = numbered.exec(line);
    if (bulletItem) {
      const runs = inlineRuns(bulletItem[1] ?? "");
      if (last?.kind === "bullets") last.items.push(runs);
      else blocks.push({ kind: "bullets", items: [runs] });
    } else if (numberedItem) {
      const runs = inlineRuns(numberedItem[2] ?? "");
      if (last?.kind === "numbered") last.items.push(runs);
      else blocks.push({ kind: "numbered", start: Number(numberedItem[1]), items: [runs] });
    } else {
      blocks.push({ kind: citation.test(line) ? "citation" : "paragraph", runs: inlineRuns(line.trim()) });
    }
  }
  return blocks;
}
