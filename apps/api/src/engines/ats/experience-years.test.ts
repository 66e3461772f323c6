import { describe, expect, it } from "vitest";
import { yearsOfExperience } from "./experience-years";

const now = new Date("2026-06-15T00:00:00Z");

describe("yearsOfExperience", () => {
  it("counts whole years from the earliest start date", () => {
    const work = [{ startDate: "2021-03" }, { startDate: "2016-09-01", endDate: "2021-02" }];
    expect(yearsOfExperience({ work }, now)).toBe(9);
  });

  it("reads a year-only date as its January", () => {
    expect(yearsOfExperience({ work: [{ startDate: "2020" }] }, now)).toBe(6);
  });

  it("is undefined without usable dates or under a year", () => {
    expect(yearsOfExperience({}, now)).toBeUndefined();
    expect(yearsOfExperience({ work: [{ startDate: "" }, { startDate: "soon" }] }, now)).toBeUndefined();
    expect(yearsOfExperience({ work: [{ startDate: "2026-01" }] }, now)).toBeUndefined();
  });
});
