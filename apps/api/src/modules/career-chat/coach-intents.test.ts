import { describe, expect, it } from "vitest";
import { rolesMentioned } from "./career-coach-tools";
import { coachIntent, pendingFact } from "./coach-intents";

describe("coachIntent", () => {
  it.each([
    ["How do I get from registered nurse to nurse practitioner?", "careerPath"],
    ["What are my next roles?", "careerPath"],
    ["What skills am I missing?", "skillGap"],
    ["How much does a web developer earn?", "salary"],
    ["Make me a learning plan with 6 hours a week", "learningPlan"],
    ["Let's do interview practice", "interviewQuestions"],
    ["What occupation is an RN?", "matchOccupation"],
  ])("%s → %s", (question, tool) => {
    expect(coachIntent(question)).toBe(tool);
  });

  it("recognises nothing in small talk", () => {
    expect(coachIntent("Tell me a joke")).toBeUndefined();
  });
});

describe("rolesMentioned", () => {
  it("reads from and to", () => {
    expect(rolesMentioned("How do I move from an RN to a nurse practitioner?")).toEqual({
      from: "RN",
      to: "nurse practitioner",
    });
    expect(rolesMentioned("I am a teacher and want to become a data scientist.")).toEqual({
      from: "teacher",
      to: "data scientist",
    });
    expect(rolesMentioned("What skills am I missing?")).toEqual({ from: undefined, to: undefined });
  });
});

describe("pendingFact", () => {
  it("finds the fact the coach's last answer asked for", () => {
    const parts = [
      { type: "step-start" },
      { type: "tool-skillGap", output: { needsFact: "targetRole", question: "Which role?" } },
      { type: "text" },
    ];
    expect(pendingFact(parts)).toEqual({ toolName: "skillGap", fact: "targetRole" });
    expect(pendingFact([{ type: "tool-salary", output: { code: "29-1141.00" } }])).toBeUndefined();
    expect(pendingFact(undefined)).toBeUndefined();
  });
});
