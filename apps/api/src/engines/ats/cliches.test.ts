import { describe, expect, it } from "vitest";
import { CLICHES, findCliche } from "./cliches";

describe("findCliche", () => {
  it("has about 40 clichés", () => {
    expect(CLICHES.length).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ["A detail-oriented team player", "detail oriented"],
    ["Results-driven engineer", "results driven"],
    ["I think outside the box", "think outside the box"],
    ["Found synergies between teams", "synergies"],
    ["Self starter", "self starter"],
  ])("%j has %j", (text, cliche) => {
    expect(findCliche(text)).toBe(cliche);
  });

  it("does not fire on ordinary words that contain a cliché", () => {
    expect(findCliche("Configured the dynamic DNS and box office system")).toBeUndefined();
    expect(findCliche("Led a team of players")).toBeUndefined();
  });
});
