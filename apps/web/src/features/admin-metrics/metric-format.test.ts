import { describe, expect, it } from "vitest";
import {
  bucketAxisLabel,
  bucketLabel,
  formatAxisValue,
  formatMetricValue,
  metricChange,
  sampleLine,
} from "./metric-format";

describe("formatMetricValue", () => {
  it("writes each unit the way an operator reads it", () => {
    expect(formatMetricValue("ratio", 0.4234)).toBe("42.3%");
    expect(formatMetricValue("count", 12840)).toBe("12,840");
    expect(formatMetricValue("hours", 3.24)).toBe("3.2 h");
    expect(formatMetricValue("rating", 4.27)).toBe("4.3 / 5");
    expect(formatMetricValue("points", 12.44)).toBe("+12.4 pts");
    expect(formatMetricValue("points", -3.2)).toBe("−3.2 pts");
    expect(formatMetricValue("points", 0)).toBe("0.0 pts");
  });

  it("shortens axis labels", () => {
    expect(formatAxisValue("ratio", 0.5)).toBe("50%");
    expect(formatAxisValue("count", 12500)).toBe("12.5K");
    expect(formatAxisValue("hours", 48)).toBe("48 h");
    expect(formatAxisValue("points", -5)).toBe("−5");
  });
});

describe("metricChange", () => {
  const ratio = { unit: "ratio", higherIsBetter: true } as const;

  it("compares shares in percentage points, green when up is good", () => {
    expect(metricChange({ ...ratio, value: 0.423, previousValue: 0.39 })).toEqual({
      direction: "up",
      text: "3.3 pts",
      tone: "good",
      description: "Up by 3.3 points, from 39.0% in the previous period",
    });
  });

  it("colours a rise red when lower is better", () => {
    const change = metricChange({ unit: "hours", higherIsBetter: false, value: 30, previousValue: 24 });
    expect(change).toMatchObject({ direction: "up", text: "25%", tone: "bad" });
    const faster = metricChange({ unit: "hours", higherIsBetter: false, value: 22.8, previousValue: 24 });
    expect(faster).toMatchObject({ direction: "down", text: "5%", tone: "good" });
  });

  it("compares counts in % with one decimal under 10%", () => {
    expect(metricChange({ unit: "count", higherIsBetter: true, value: 1043, previousValue: 1000 })).toMatchObject({
      direction: "up",
      text: "4.3%",
    });
    expect(metricChange({ unit: "count", higherIsBetter: true, value: 500, previousValue: 1000 })).toMatchObject({
      direction: "down",
      text: "50%",
      tone: "bad",
    });
  });

  it("says how many times over a count grew from a tiny base", () => {
    expect(metricChange({ unit: "count", higherIsBetter: true, value: 1064, previousValue: 2 })).toMatchObject({
      direction: "up",
      text: "532×",
      tone: "good",
      description: "Up 532×, from 2 in the previous period",
    });
    expect(metricChange({ unit: "count", higherIsBetter: true, value: 95, previousValue: 10 })).toMatchObject({
      text: "850%",
    });
  });

  it("says 'new' when a count grew from zero", () => {
    expect(metricChange({ unit: "count", higherIsBetter: true, value: 12, previousValue: 0 })).toMatchObject({
      direction: "up",
      text: "new",
      tone: "good",
      description: "Up from 0 in the previous period",
    });
  });

  it("moves ratings and ATS points by their own step", () => {
    expect(metricChange({ unit: "rating", higherIsBetter: true, value: 4.1, previousValue: 4.3 })).toMatchObject({
      direction: "down",
      text: "0.2",
      tone: "bad",
    });
    expect(metricChange({ unit: "points", higherIsBetter: true, value: 9.5, previousValue: 7 })).toMatchObject({
      text: "2.5 pts",
    });
  });

  it("is neutral for a change too small to show", () => {
    expect(metricChange({ ...ratio, value: 0.4201, previousValue: 0.42 })).toMatchObject({
      direction: "flat",
      tone: "neutral",
      description: "No change from 42.0% in the previous period",
    });
  });

  it("has nothing to say when either period had no data", () => {
    expect(metricChange({ ...ratio, value: 0.4, previousValue: null })).toBeNull();
    expect(metricChange({ ...ratio, value: null, previousValue: 0.4 })).toBeNull();
  });
});

describe("sampleLine", () => {
  it("names what a share was counted out of", () => {
    expect(sampleLine({ key: "coach_engagement_rate", numerator: 132, denominator: 410 })).toBe(
      "132 of 410 active users",
    );
    expect(sampleLine({ key: "application_success_rate", numerator: 1, denominator: 1 })).toBe("1 of 1 application");
    expect(sampleLine({ key: "rescheduling_rate", numerator: 6, denominator: 1200 })).toBe(
      "6 reschedules over 1,200 bookings",
    );
  });

  it("names the sample of a mean", () => {
    expect(sampleLine({ key: "coach_average_rating", numerator: null, denominator: 214 })).toBe("from 214 ratings");
    expect(sampleLine({ key: "time_to_schedule", numerator: null, denominator: 40 })).toBe("over 40 bookings");
  });

  it("has no line for plain counts or missing parts", () => {
    expect(sampleLine({ key: "portfolio_views", numerator: 10, denominator: 10 })).toBeUndefined();
    expect(sampleLine({ key: "coach_completion_rate", numerator: null, denominator: null })).toBeUndefined();
  });
});

describe("bucketLabel", () => {
  it("names a bucket by its first day and its size", () => {
    expect(bucketLabel("2026-11-03", "day")).toBe("Nov 3, 2026");
    expect(bucketLabel("2026-11-02", "week")).toBe("Week of Nov 2, 2026");
    expect(bucketLabel("2026-11-01", "month")).toBe("Nov 2026");
    expect(bucketAxisLabel("2026-11-03", "week")).toBe("Nov 3");
  });
});
