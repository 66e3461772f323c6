import { describe, expect, it } from "vitest";
import { formatLineRanges, parseLineRanges } from "./line-ranges";

describe("parseLineRanges", () => {
  it("reads single lines and ranges, sorted and without repeats", () => {
    expect(parseLineRanges("3-5, 9", 20)).toEqual({ ok: true, lines: [3, 4, 5, 9] });
    expect(parseLineRanges("9 3 - 4,4", 20)).toEqual({ ok: true, lines: [3, 4, 9] });
    expect(parseLineRanges("2–3", 20)).toEqual({ ok: true, lines: [2, 3] });
  });

  it("treats an empty field as no highlighted lines", () => {
    expect(parseLineRanges("  ", 5)).toEqual({ ok: true, lines: [] });
  });

  it("refuses words, backwards ranges, line 0 and lines past the end", () => {
    expect(parseLineRanges("3-x", 20)).toEqual({ ok: false, error: '"3-x" is not a line number or a range like 3-5' });
    expect(parseLineRanges("5-3", 20)).toEqual({ ok: false, error: "5-3 runs backwards; write 3-5" });
    expect(parseLineRanges("0", 20)).toEqual({ ok: false, error: "Lines are numbered from 1" });
    expect(parseLineRanges("2, 7", 6)).toEqual({ ok: false, error: "The code has 6 lines; 7 is past the end" });
    expect(parseLineRanges("2", 1)).toEqual({ ok: false, error: "The code has 1 line; 2 is past the end" });
  });
});

describe("formatLineRanges", () => {
  it("writes consecutive lines as ranges", () => {
    expect(formatLineRanges([9, 3, 4, 5])).toBe("3-5, 9");
    expect(formatLineRanges([1, 3, 5, 6])).toBe("1, 3, 5-6");
    expect(formatLineRanges([])).toBe("");
  });

  it("round-trips with the parser", () => {
    const lines = [1, 2, 3, 7, 10, 11];
    expect(parseLineRanges(formatLineRanges(lines), 20)).toEqual({ ok: true, lines });
  });
});
