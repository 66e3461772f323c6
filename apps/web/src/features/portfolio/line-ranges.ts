export type LineRangesResult = { ok: true; lines: number[] } | { ok: false; error: string };

/**
 * Reads "3-5, 9" as lines 3, 4, 5 and 9 (sorted, without repeats). People type ranges, the API wants line numbers;
 * `lineCount` refuses lines the code doesn't have, so the mistake shows beside the field rather than after saving.
 */
export function parseLineRanges(text: string, lineCount: number): LineRangesResult {
  const lines = new Set<number>();
  // "3 - 5" is one range; after that, commas and spaces both separate parts.
  const parts = text.replace(/\s*[-–]\s*/g, "-").split(/[\s,]+/);
  for (const part of parts) {
    if (!part) continue;
    const match = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!match) return { ok: false, error: `"${part}" is not a line number or a range like 3-5` };
    const start = Number(match[1]);
    const end = match[2] === undefined ? start : Number(match[2]);
    if (start < 1) return { ok: false, error: "Lines are numbered from 1" };
    if (end < start) return { ok: false, error: `${part} runs backwards; write ${end}-${start}` };
    if (end > lineCount) {
      return {
        ok: false,
        error: `The code has ${lineCount} line${lineCount === 1 ? "" : "s"}; ${end} is past the end`,
      };
    }
    for (let line = start; line <= end; line++) lines.add(line);
  }
  return { ok: true, lines: [...lines].sort((a, b) => a - b) };
}

/** Line numbers written back as ranges: [3, 4, 5, 9] → "3-5, 9". */
export function formatLineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  let index = 0;
  while (index < sorted.length) {
    const start = sorted[index] as number;
    let end = start;
    while (sorted[index + 1] === end + 1) {
      end += 1;
      index += 1;
    }
    parts.push(start === end ? String(start) : `${start}-${end}`);
    index += 1;
  }
  return parts.join(", ");
}
