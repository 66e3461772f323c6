import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./retry-policy";

describe("retryDelayMs", () => {
  it("doubles with each failed attempt", () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 1000))).toEqual([2000, 4000, 8000, 16000]);
  });

  it("never waits longer than an hour", () => {
    expect(retryDelayMs(11, 1000)).toBe(2_048_000);
    expect(retryDelayMs(12, 1000)).toBe(3_600_000);
    expect(retryDelayMs(60, 1000)).toBe(3_600_000);
  });
});
