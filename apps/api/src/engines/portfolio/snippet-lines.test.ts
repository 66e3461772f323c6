import { describe, expect, it } from "vitest";
import { countLines, normaliseHighlightLines } from "./snippet-lines";

describe("normaliseHighlightLines", () => {
  it("sorts and de-duplicates lines that exist", () => {
    expect(normaliseHighlightLines([3, 1, 3], "a\nb\nc")).toEqual({ lines: [1, 3] });
    expect(normaliseHighlightLines([], "a")).toEqual({ lines: [] });
  });

  it("refuses a line past the end or below 1", () => {
    expect(normaliseHighlightLines([4], "a\nb\nc")).toEqual({
      problem: "The code has 3 lines; line 4 does not exist.",
    });
    expect(normaliseHighlightLines([0], "a")).toMatchObject({ problem: expect.stringContaining("1 line;") });
  });

  it("counts a trailing newline as an empty last line, as editors show it", () => {
    expect(countLines("a\nb\n")).toBe(3);
  });
});
