import { describe, expect, it } from "vitest";
import { placeMentioned, rolesMentioned } from "./career-coach-tools";
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
    ["Can you review my resume?", "resumeFeedback"],
    ["Is my resume good for a nurse practitioner job?", "resumeFeedback"],
    ["Check my CV against my target", "resumeFeedback"],
    ["How should I look for a job?", "jobSearchStrategy"],
    ["Make me a job search plan", "jobSearchStrategy"],
    ["Where do I start applying?", "jobSearchStrategy"],
    ["I want to find a new job in Austin", "jobSearchStrategy"],
  ])("%s → %s", (question, tool) => {
    expect(coachIntent(question)).toBe(tool);
  });

  it("takes a pasted job description as a request for resume feedback, whatever it says about pay or skills", () => {
    const ad = [
      "Nurse Practitioner – Family Clinic",
      "Salary: $120,000 plus benefits",
      "Requirements",
      "- Active NP licence and DEA registration",
      "- Skills in patient assessment",
    ].join("\n");
    expect(coachIntent(ad)).toBe("resumeFeedback");
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

describe("placeMentioned", () => {
  it("reads a place from a reply to the location question", () => {
    expect(placeMentioned("Austin, TX")).toBe("Austin, TX");
    expect(placeMentioned("I'm based in Hamburg, Germany.")).toBe("Hamburg, Germany");
    expect(placeMentioned("remote")).toBe("remote");
    expect(placeMentioned("x".repeat(121))).toBeUndefined();
    expect(placeMentioned("  ")).toBeUndefined();
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
