import { describe, expect, it } from "vitest";
import { ACTION_VERBS, buildActionVerbs, openingWord, defaultActionVerbs as verbs } from "./action-verbs";

describe("action verbs", () => {
  it("has about 150 distinct verbs and none of the weak ones", () => {
    expect(ACTION_VERBS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ACTION_VERBS).size).toBe(ACTION_VERBS.length);
    for (const weak of ["help", "assist", "work", "participate", "responsible"])
      expect(ACTION_VERBS).not.toContain(weak);
  });

  it.each([
    ["Managed", true],
    ["manage", true],
    ["managing", true],
    ["Led", true],
    ["Built", true],
    ["Shipped", true],
    ["Optimised", true],
    ["Analysed", true],
    ["Helped", false],
    ["Successfully", false],
    ["Responsible", false],
    ["The", false],
  ])("%s is an action verb: %s", (word, expected) => {
    expect(verbs.has(word)).toBe(expected);
  });

  it.each([
    ["managing", "managed"],
    ["leading", "led"],
    ["building", "built"],
    ["planning", "planned"],
    ["optimising", "optimised"],
    ["optimizing", "optimized"],
    ["coordinating", "coordinated"],
    ["applying", "applied"],
    ["overseeing", "oversaw"],
    ["creating", "created"],
  ])("the past tense of %s is %s", (word, past) => {
    expect(verbs.pastTense(word)).toBe(past);
  });

  it("gives the listed form of a verb in any tense", () => {
    expect(verbs.baseForm("Led")).toBe("lead");
    expect(verbs.baseForm("reduced")).toBe("reduce");
    expect(verbs.baseForm("helped")).toBeUndefined();
  });

  it("can be replaced by another list, with past tenses given or derived", () => {
    const custom = buildActionVerbs(["Triage", "chart", " ", { verb: "troubleshoot", past: "troubleshot" }]);
    expect(custom.has("Triaged")).toBe(true);
    expect(custom.has("charting")).toBe(true);
    expect(custom.has("Troubleshot")).toBe(true);
    expect(custom.pastTense("troubleshooting")).toBe("troubleshot");
    expect(custom.pastTense("charting")).toBe("charted");
    expect(custom.has("Managed")).toBe(false);
  });

  it.each([
    ["• Led the team", "Led"],
    ["  - Built it", "Built"],
    ["Co-founded a startup", "founded"],
    ["Re-designed the flow", "designed"],
    ["2019: Launched", "Launched"],
    ["", ""],
  ])("opening word of %j is %j", (text, word) => {
    expect(openingWord(text)).toBe(word);
  });
});
