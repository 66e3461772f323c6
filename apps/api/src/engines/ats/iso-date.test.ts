import { describe, expect, it } from "vitest";
import { compareResumeDates, isPresent, parseResumeDate } from "./iso-date";

describe("parseResumeDate", () => {
  it.each([
    ["2014", { year: 2014, precision: "year" }],
    ["2014-06", { year: 2014, month: 6, precision: "month" }],
    ["2024-02-29", { year: 2024, month: 2, day: 29, precision: "day" }],
    [" 2014-06 ", { year: 2014, month: 6, precision: "month" }],
  ])("%j", (text, expected) => {
    expect(parseResumeDate(text)).toEqual(expected);
  });

  it.each(["June 2014", "2014/06", "06-2014", "2014-13", "2023-02-29", "2014-6", "1850", "present"])(
    "rejects %j",
    (text) => {
      expect(parseResumeDate(text)).toBeUndefined();
    },
  );
});

describe("isPresent", () => {
  it.each([undefined, "", "Present", "current", " now "])("%j means present", (text) => {
    expect(isPresent(text)).toBe(true);
  });
  it("a date is not present", () => {
    expect(isPresent("2020-01")).toBe(false);
  });
});

describe("compareResumeDates", () => {
  const d = (text: string) => parseResumeDate(text)!;
  it("compares at the coarser precision", () => {
    expect(compareResumeDates(d("2014"), d("2014-06"))).toBe(0);
    expect(compareResumeDates(d("2014-05"), d("2014-06-30"))).toBeLessThan(0);
    expect(compareResumeDates(d("2014-06-02"), d("2014-06-01"))).toBeGreaterThan(0);
    expect(compareResumeDates(d("2015"), d("2014-12"))).toBeGreaterThan(0);
  });
});
