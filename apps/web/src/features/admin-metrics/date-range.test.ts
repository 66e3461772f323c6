import { describe, expect, it } from "vitest";
import { formatRange, presetOf, presetRange, rangeFromAddress } from "./date-range";

const now = new Date("2026-11-26T07:30:00Z");

describe("presetRange", () => {
  it("ends today in UTC and counts today as one of the days", () => {
    expect(presetRange("7d", now)).toEqual({ from: "2026-11-20", to: "2026-11-26" });
    expect(presetRange("30d", now)).toEqual({ from: "2026-10-28", to: "2026-11-26" });
    expect(presetRange("90d", now)).toEqual({ from: "2026-08-29", to: "2026-11-26" });
  });

  it("starts this year on January 1st", () => {
    expect(presetRange("ytd", now)).toEqual({ from: "2026-01-01", to: "2026-11-26" });
  });

  it("uses the UTC day even late in the evening west of Greenwich", () => {
    expect(presetRange("7d", new Date("2026-12-31T23:59:59Z")).to).toBe("2026-12-31");
    expect(presetRange("ytd", new Date("2027-01-01T00:00:01Z")).from).toBe("2027-01-01");
  });
});

describe("presetOf", () => {
  it("recognises a preset's range and nothing else", () => {
    expect(presetOf({ from: "2026-11-20", to: "2026-11-26" }, now)).toBe("7d");
    expect(presetOf({ from: "2026-01-01", to: "2026-11-26" }, now)).toBe("ytd");
    expect(presetOf({ from: "2026-11-19", to: "2026-11-26" }, now)).toBeUndefined();
  });
});

describe("rangeFromAddress", () => {
  it("shows the last 30 days when the address names no range", () => {
    expect(rangeFromAddress(null, null, now)).toEqual({ ok: true, range: { from: "2026-10-28", to: "2026-11-26" } });
  });

  it("takes a valid range as given", () => {
    expect(rangeFromAddress("2026-03-01", "2026-03-31", now)).toEqual({
      ok: true,
      range: { from: "2026-03-01", to: "2026-03-31" },
    });
  });

  it("explains a range that ends before it starts and keeps the values for the inputs", () => {
    const result = rangeFromAddress("2026-03-31", "2026-03-01", now);
    expect(result).toMatchObject({ ok: false, range: { from: "2026-03-31", to: "2026-03-01" } });
    expect(!result.ok && result.message).toBe("The range ends before it starts.");
  });

  it("refuses ranges longer than the API allows", () => {
    const result = rangeFromAddress("2024-01-01", "2026-03-01", now);
    expect(!result.ok && result.message).toBe("A range can cover at most two years.");
  });

  it("asks for a missing or malformed day", () => {
    expect(rangeFromAddress("", "2026-03-01", now)).toMatchObject({ ok: false, message: "Choose a start date." });
    expect(rangeFromAddress("2026-03-01", null, now)).toMatchObject({ ok: false, message: "Choose an end date." });
    expect(rangeFromAddress("2026-13-45", "2026-03-01", now)).toMatchObject({ ok: false });
  });
});

describe("formatRange", () => {
  it("names the year once within a year and twice across one", () => {
    expect(formatRange({ from: "2026-10-28", to: "2026-11-26" })).toBe("Oct 28 – Nov 26, 2026");
    expect(formatRange({ from: "2025-12-01", to: "2026-01-15" })).toBe("Dec 1, 2025 – Jan 15, 2026");
    expect(formatRange({ from: "2026-03-01", to: "2026-03-01" })).toBe("Mar 1, 2026");
  });
});
