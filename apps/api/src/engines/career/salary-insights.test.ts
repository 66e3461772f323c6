import { describe, expect, it } from "vitest";
import { fixtureOccupation, fixtureWages } from "./fixtures/fixture-occupations";
import { salaryInsights, WAGE_SOURCE } from "./salary-insights";

const developers = fixtureOccupation({
  code: "15-1252.00",
  title: "Software Developers",
  wages: {
    ...fixtureWages(133_080),
    socCode: "15-1252",
    socTitle: "Software Developers",
    employment: 1_654_440,
    annual: { p10: 79_850, p25: 103_050, median: 133_080, p75: 169_000, p90: 211_450 },
    hourly: { p10: 38.39, p25: 49.55, median: 63.98, p75: 81.25, p90: 101.66 },
  },
});
const chiefs = fixtureOccupation({
  code: "11-1011.00",
  title: "Chief Executives",
  wages: {
    ...fixtureWages(206_420),
    annual: { p10: 80_000, p25: 130_000, median: 206_420, p75: 239_200, p90: 239_200 },
    hourly: { p10: 38, p25: 62, median: 99.24, p75: 115, p90: 115 },
    topCoded: true,
  },
});

describe("salaryInsights", () => {
  it("gives the five percentiles, employment, source and period", () => {
    const s = salaryInsights(developers)!;
    expect(s.annual.map((p) => p.display)).toEqual(["$79,850", "$103,050", "$133,080", "$169,000", "$211,450"]);
    expect(s.hourly.map((p) => p.display)).toEqual(["$38.39", "$49.55", "$63.98", "$81.25", "$101.66"]);
    expect(s).toMatchObject({ employment: 1_654_440, socCode: "15-1252", source: WAGE_SOURCE, period: "May 2024" });
    expect(s.comparison).toBeNull();
  });

  it("shows top-coded values as at least the top code", () => {
    const s = salaryInsights(chiefs)!;
    expect(s.topCoded).toBe(true);
    expect(s.annual.at(-1)).toMatchObject({ display: "≥ $239,200", atLeast: true, value: 239_200 });
    expect(s.hourly.at(-1)!.display).toBe("≥ $115.00");
    expect(s.annual[2]!.atLeast).toBe(false);
    expect(salaryInsights(chiefs, { salary: 300_000, period: "annual" })!.comparison!.band).toBe(
      "at or above $239,200, the top code of the published figures",
    );
  });

  it("places a salary among the percentiles, interpolating between them", () => {
    const at = (salary: number) => salaryInsights(developers, { salary, period: "annual" })!.comparison!;
    expect(at(70_000)).toMatchObject({ band: "below the 10th percentile", estimatedPercentile: 10 });
    expect(at(118_065)).toMatchObject({ band: "between the 25th and 50th percentiles", estimatedPercentile: 38 });
    expect(at(133_080)).toMatchObject({ estimatedPercentile: 50, differenceFromMedian: 0 });
    expect(at(150_000).differenceFromMedianShare).toBe(0.127);
    expect(at(250_000)).toMatchObject({ band: "at or above the 90th percentile", estimatedPercentile: 90 });
    const hourly = salaryInsights(developers, { salary: 50, period: "hourly" })!.comparison!;
    expect(hourly).toMatchObject({ band: "between the 25th and 50th percentiles", estimatedPercentile: 26 });
  });

  it("returns undefined when BLS publishes no wages, and says so when percentiles are missing", () => {
    expect(salaryInsights(fixtureOccupation({ code: "55-1011.00", title: "Officers" }))).toBeUndefined();
    const blank = fixtureOccupation({
      code: "27-2011.00",
      title: "Actors",
      wages: { ...fixtureWages(1), annual: { p10: null, p25: null, median: null, p75: null, p90: null } },
    });
    const s = salaryInsights(blank, { salary: 50_000, period: "annual" })!;
    expect(s.annual.every((p) => p.display === "not available")).toBe(true);
    expect(s.comparison).toMatchObject({ estimatedPercentile: null, differenceFromMedian: null });
  });
});
