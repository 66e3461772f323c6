import { describe, expect, it } from "vitest";
import { bucketStarts, chooseBucket, daysBetween, planMetricPeriod } from "./metric-period";

describe("chooseBucket", () => {
  it("uses days up to 62 days, weeks up to 366, months beyond", () => {
    expect([1, 62, 63, 366, 367, 730].map(chooseBucket)).toEqual(["day", "day", "week", "week", "month", "month"]);
  });
});

describe("bucketStarts", () => {
  it("starts at `from`, then each Monday for weeks", () => {
    // Wed 5 Nov 2025 … Sun 23 Nov 2025
    expect(bucketStarts("2025-11-05", "2025-11-23", "week")).toEqual(["2025-11-05", "2025-11-10", "2025-11-17"]);
    // A range starting on a Monday has no partial first week.
    expect(bucketStarts("2025-11-10", "2025-11-24", "week")).toEqual(["2025-11-10", "2025-11-17", "2025-11-24"]);
  });

  it("starts at `from`, then each 1st for months, across a year end", () => {
    expect(bucketStarts("2025-11-15", "2026-02-01", "month")).toEqual([
      "2025-11-15",
      "2025-12-01",
      "2026-01-01",
      "2026-02-01",
    ]);
  });

  it("gives every day, leap day included", () => {
    expect(bucketStarts("2028-02-28", "2028-03-01", "day")).toEqual(["2028-02-28", "2028-02-29", "2028-03-01"]);
  });
});

describe("planMetricPeriod", () => {
  it("compares with the same number of days just before, bucket for bucket", () => {
    const plan = planMetricPeriod("2026-03-01", "2026-03-31");
    expect(plan).toMatchObject({ days: 31, previousFrom: "2026-01-29", previousTo: "2026-02-28", bucket: "day" });
    expect(plan.bucketStarts).toHaveLength(31);
    expect(plan.previousBucketStarts[0]).toBe("2026-01-29");
    expect(plan.previousBucketStarts.at(-1)).toBe("2026-02-28");
    expect(plan.boundaries).toHaveLength(63);
    expect(plan.boundaries.at(-1)).toBe("2026-04-01");
  });

  it("shifts week buckets back by the period's length, keeping them contiguous", () => {
    const plan = planMetricPeriod("2026-01-01", "2026-03-31");
    expect(plan.bucket).toBe("week");
    expect(plan.previousBucketStarts[1]).toBe("2025-10-07"); // Mon 5 Jan − 90 days
    const previousEnd = plan.boundaries[plan.previousBucketStarts.length];
    expect(previousEnd).toBe(plan.from);
    expect([...plan.boundaries].sort()).toEqual(plan.boundaries);
  });

  it("counts both ends", () => {
    expect(daysBetween("2026-03-02", "2026-03-02")).toBe(1);
    expect(planMetricPeriod("2026-03-02", "2026-03-02")).toMatchObject({
      previousFrom: "2026-03-01",
      previousTo: "2026-03-01",
    });
  });

  it("refuses a range that ends before it starts", () => {
    expect(() => planMetricPeriod("2026-03-02", "2026-03-01")).toThrow(/ends before/);
  });
});
