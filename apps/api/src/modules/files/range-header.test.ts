import { describe, expect, it } from "vitest";
import { parseRangeHeader } from "./range-header";

describe("parseRangeHeader", () => {
  it.each([
    ["bytes=0-99", 1000, { start: 0, end: 99 }],
    ["bytes=900-", 1000, { start: 900, end: 999 }],
    ["bytes=-100", 1000, { start: 900, end: 999 }],
    ["bytes=-5000", 1000, { start: 0, end: 999 }],
    ["bytes=990-5000", 1000, { start: 990, end: 999 }],
  ])("%s of %i bytes", (header, size, expected) => {
    expect(parseRangeHeader(header, size)).toEqual(expected);
  });

  it("answers unsatisfiable ranges and ignores ones it does not serve", () => {
    expect(parseRangeHeader("bytes=1000-", 1000)).toBe("unsatisfiable");
    expect(parseRangeHeader("bytes=50-10", 1000)).toBe("unsatisfiable");
    expect(parseRangeHeader("bytes=-0", 1000)).toBe("unsatisfiable");
    expect(parseRangeHeader("bytes=0-1,5-9", 1000)).toBeUndefined();
    expect(parseRangeHeader("items=0-1", 1000)).toBeUndefined();
    expect(parseRangeHeader(undefined, 1000)).toBeUndefined();
  });
});
