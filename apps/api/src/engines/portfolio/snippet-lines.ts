import type { ShikiTransformer } from "shiki";

export const highlightedLineClass = "highlighted";

export function countLines(code: string): number {
  return code.split("\n").length;
}

/** Sorted, without repeats; undefined with a reason when a line does not exist in the code. */
export function normaliseHighlightLines(
  lines: readonly number[],
  code: string,
): { lines: number[] } | { problem: string } {
  const total = countLines(code);
  const outside = lines.filter((line) => line < 1 || line > total);
  if (outside.length > 0) {
    return { problem: `The code has ${total} line${total === 1 ? "" : "s"}; line ${outside[0]} does not exist.` };
  }
  return { lines: [...new Set(lines)].sort((a, b) => a - b) };
}

/** Marks the chosen 1-based lines with a class the page styles, in Shiki's own tree so no HTML is patched by hand. */
export function highlightLinesTransformer(lines: readonly number[]): ShikiTransformer {
  const marked = new Set(lines);
  return {
    name: "hirefolio:highlight-lines",
    line(node, line) {
      if (marked.has(line)) this.addClassToHast(node, highlightedLineClass);
    },
  };
}
