import { describe, expect, it } from "vitest";
import { closeRanges, formatClock, mergeRanges, subtractRanges } from "./time-ranges";

describe("time ranges", () => {
  it("closes open ranges at the end and clamps to the clip", () => {
    expect(
      closeRanges(
        [
          { start: -0.01, end: 2 },
          { start: 8, end: null },
          { start: 12, end: 13 },
        ],
        10,
      ),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 8, end: 10 },
    ]);
  });

  it("merges ranges within a gap", () => {
    expect(
      mergeRanges(
        [
          { start: 4.4, end: 7 },
          { start: 2, end: 4.2 },
          { start: 9, end: 10 },
        ],
        0.5,
      ),
    ).toEqual([
      { start: 2, end: 7 },
      { start: 9, end: 10 },
    ]);
  });

  it("subtracts covered parts", () => {
    expect(
      subtractRanges(
        [{ start: 0, end: 10 }],
        [
          { start: 2, end: 3 },
          { start: 9, end: 12 },
        ],
      ),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 9 },
    ]);
  });

  it("formats seconds as a player's clock", () => {
    expect([0, 9.6, 74.4, 600].map(formatClock)).toEqual(["0:00", "0:10", "1:14", "10:00"]);
  });
});
