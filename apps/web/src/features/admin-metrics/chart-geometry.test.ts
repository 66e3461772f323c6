import { describe, expect, it } from "vitest";
import { areaPath, chartScale, linePath, nearestIndex, seriesRuns } from "./chart-geometry";

describe("chartScale", () => {
  it("runs from zero to a round number just above the highest value of either period", () => {
    expect(chartScale([12, 40, null, 73], "count")).toEqual({ min: 0, max: 75, ticks: [0, 25, 50, 75] });
  });

  it("keeps shares within 0–100%", () => {
    const scale = chartScale([0.31, 0.42, 0.47], "ratio");
    expect(scale.min).toBe(0);
    expect(scale.max).toBeCloseTo(0.6);
    expect(scale.ticks.at(-1)).toBeCloseTo(0.6);
    expect(chartScale([0.98, 1], "ratio").max).toBe(1);
  });

  it("goes below zero when ATS points fell", () => {
    const scale = chartScale([-4, 3, 9], "points");
    expect(scale.min).toBeLessThanOrEqual(-4);
    expect(scale.max).toBeGreaterThanOrEqual(9);
    expect(scale.ticks).toContain(0);
  });

  it("shows ratings on the whole 1–5 scale", () => {
    expect(chartScale([4.2, 4.4], "rating")).toEqual({ min: 1, max: 5, ticks: [1, 2, 3, 4, 5] });
  });

  it("still draws an axis when everything is zero or missing", () => {
    expect(chartScale([0, null, 0], "count")).toEqual({ min: 0, max: 4, ticks: [0, 2, 4] });
    expect(chartScale([null], "hours")).toEqual({ min: 0, max: 1, ticks: [0, 0.5, 1] });
  });

  it("keeps gridlines apart for tiny values, so no two labels read the same", () => {
    expect(chartScale([0.003, 0.001], "hours").ticks).toEqual([0, 0.5, 1]);
    expect(chartScale([0.01], "ratio").ticks).toEqual([0, 0.02, 0.04]);
  });
});

describe("seriesRuns", () => {
  const x = (i: number) => i * 10;
  const y = (v: number) => 100 - v;

  it("breaks the line where a bucket has nothing to measure instead of dropping to zero", () => {
    expect(seriesRuns([1, 2, null, 4, null, null, 7, 8], x, y)).toEqual([
      [
        { x: 0, y: 99 },
        { x: 10, y: 98 },
      ],
      [{ x: 30, y: 96 }],
      [
        { x: 60, y: 93 },
        { x: 70, y: 92 },
      ],
    ]);
  });

  it("has no runs for a series with no data", () => {
    expect(seriesRuns([null, null], x, y)).toEqual([]);
  });

  it("draws the line and closes the area on the baseline", () => {
    const run = [
      { x: 0, y: 10 },
      { x: 5, y: 20 },
    ];
    expect(linePath(run)).toBe("M0.0,10.0 L5.0,20.0");
    expect(areaPath(run, 50)).toBe("M0.0,10.0 L5.0,20.0 L5.0,50.0 L0.0,50.0 Z");
  });
});

describe("nearestIndex", () => {
  it("snaps the pointer to the closest bucket and stays inside the series", () => {
    expect(nearestIndex(0, 30)).toBe(0);
    expect(nearestIndex(0.49, 3)).toBe(1);
    expect(nearestIndex(1.2, 30)).toBe(29);
    expect(nearestIndex(-0.1, 30)).toBe(0);
    expect(nearestIndex(0.7, 1)).toBe(0);
  });
});
