import { describe, expect, it } from "vitest";
import { findDateRange, looksLikeUnreadDate, parseDateRange } from "./dates";

describe("date ranges", () => {
  it.each([
    ["Jan 2020 – Present", { startDate: "2020-01", current: true }],
    ["January 2019 to Present", { startDate: "2019-01", current: true }],
    ["June 2016 to December 2018", { startDate: "2016-06", endDate: "2018-12", current: false }],
    ["August 2012 to May 2016", { startDate: "2012-08", endDate: "2016-05", current: false }],
    ["Aug 2012 - May 2016", { startDate: "2012-08", endDate: "2016-05", current: false }],
    ["Sept. 2019 — Mar. 2021", { startDate: "2019-09", endDate: "2021-03", current: false }],
    ["2019-2021", { startDate: "2019", endDate: "2021", current: false }],
    ["2019 – 2021", { startDate: "2019", endDate: "2021", current: false }],
    ["08/2018", { startDate: "2018-08", current: false }],
    ["8/2018 - 03/2020", { startDate: "2018-08", endDate: "2020-03", current: false }],
    ["2018-08 – 2020-03", { startDate: "2018-08", endDate: "2020-03", current: false }],
    ["2020", { startDate: "2020", current: false }],
    ["Since March 2021", { startDate: "2021-03", current: false }],
    ["(Oct 2015 – Current)", { startDate: "2015-10", current: true }],
  ])("reads %s", (text, expected) => {
    expect(parseDateRange(text)).toEqual(expected);
  });

  it("refuses text that is more than a date", () => {
    expect(parseDateRange("Increased revenue 20% in 2020")).toBeUndefined();
    expect(parseDateRange("Senior Developer")).toBeUndefined();
    expect(parseDateRange("Present")).toBeUndefined();
    expect(parseDateRange("1234")).toBeUndefined();
  });

  it("finds a range inside other text and returns the rest", () => {
    expect(findDateRange("Acme Corp | Jan 2020 – Present")).toEqual({
      range: { startDate: "2020-01", current: true },
      rest: "Acme Corp |",
    });
    expect(findDateRange("release v1.2019.3")).toBeUndefined();
  });

  it("spots dates it cannot read", () => {
    expect(looksLikeUnreadDate("Spring 2019 – ?")).toBe(false);
    expect(looksLikeUnreadDate("Summer of '19 (2019)")).toBe(false);
    expect(looksLikeUnreadDate("13/2019")).toBe(true);
    expect(looksLikeUnreadDate("Managed a team")).toBe(false);
  });
});
