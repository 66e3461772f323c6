import { describe, expect, it } from "vitest";
import { formatClock, remainingLabel } from "./recording-clock";

describe("formatClock", () => {
  it("shows minutes and zero-padded seconds, rounding down", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(7_999)).toBe("0:07");
    expect(formatClock(60_000)).toBe("1:00");
    expect(formatClock(-50)).toBe("0:00");
  });
});

describe("remainingLabel", () => {
  it("counts the seconds left up to the limit, never below zero", () => {
    expect(remainingLabel(0)).toBe("60 seconds left");
    expect(remainingLabel(59_200)).toBe("1 second left");
    expect(remainingLabel(61_000)).toBe("0 seconds left");
    expect(remainingLabel(1_000, 10_000)).toBe("9 seconds left");
  });
});
