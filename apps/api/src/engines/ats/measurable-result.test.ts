import { describe, expect, it } from "vitest";
import { hasMeasurableResult, hasPlaceholder } from "./measurable-result";

describe("hasMeasurableResult", () => {
  it.each([
    "Cut costs by 30%",
    "Saved $1.2M a year",
    "Grew revenue to €400k",
    "Served 25 patients per shift",
    "Doubled conversion",
    "Reduced build time from hours to minutes",
    "Trained three new hires",
    "Handled hundreds of tickets",
  ])("%j states a result", (text) => {
    expect(hasMeasurableResult(text)).toBe(true);
  });

  it.each([
    "Improved checkout performance",
    "Migrated storage to S3 and EC2",
    "Built HTML5 landing pages",
    "Improved checkout performance by [N]% ([metric], [timeframe])",
  ])("%j does not", (text) => {
    expect(hasMeasurableResult(text)).toBe(false);
  });

  it("finds unfilled placeholders", () => {
    expect(hasPlaceholder("by [N]%")).toBe(true);
    expect(hasPlaceholder("by 12%")).toBe(false);
  });
});
