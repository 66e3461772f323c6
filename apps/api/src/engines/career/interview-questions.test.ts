import { describe, expect, it } from "vitest";
import { element, fixtureOccupation } from "./fixtures/fixture-occupations";
import { interviewQuestions } from "./interview-questions";

const nurse = fixtureOccupation({
  code: "29-1141.00",
  title: "Registered Nurses",
  skills: [element("Service Orientation", 4.2, 4.5), element("Monitoring", 4.1, 4), element("Programming", 1, 0)],
  knowledge: [element("Medicine and Dentistry", 4.5, 5)],
  technologies: [
    { name: "Epic Systems", hot: true, inDemand: true },
    { name: "Microsoft Excel", hot: true, inDemand: false },
    { name: "MEDITECH", hot: false, inDemand: false },
  ],
  tasks: [
    { statement: "Monitor, record, and report symptoms or changes in patients' conditions.", core: true },
    { statement: "Maintain accurate, detailed reports and records.", core: true },
    { statement: "Direct or supervise less-skilled nursing or health care personnel.", core: false },
  ],
});

describe("interviewQuestions", () => {
  it("turns core tasks into 'tell me about a time' questions and skips supplemental ones", () => {
    const tasks = interviewQuestions(nurse).filter((q) => q.kind === "task");
    expect(tasks.map((q) => q.text)).toEqual([
      "Tell me about a time you had to monitor, record, and report symptoms or changes in patients' conditions. What did you do, and what was the result?",
      "Tell me about a time you had to maintain accurate, detailed reports and records. What did you do, and what was the result?",
    ]);
    expect(tasks[0]!.basis).toBe(nurse.tasks[0]!.statement);
  });

  it("asks about the most important skills and the hot technologies", () => {
    const questions = interviewQuestions(nurse, { skill: 2 });
    expect(questions.filter((q) => q.kind === "skill").map((q) => q.basis)).toEqual([
      "Medicine and Dentistry",
      "Service Orientation",
    ]);
    expect(questions.filter((q) => q.kind === "technology").map((q) => q.basis)).toEqual([
      "Epic Systems",
      "Microsoft Excel",
    ]);
  });

  it("puts the STAR questions on the role's most important skills first, and is deterministic", () => {
    const behavioural = interviewQuestions(nurse, { behavioural: 2 }).filter((q) => q.kind === "behavioural");
    expect(behavioural).toHaveLength(2);
    expect(behavioural[0]!.text).toMatch(/beyond what was asked/); // Service Orientation
    expect(behavioural[1]!.text).toMatch(/mistake/); // Monitoring
    expect(interviewQuestions(nurse)).toEqual(interviewQuestions(nurse));
  });

  it("uses not-yet-typed tasks when O*NET has not marked any as core", () => {
    const untyped = fixtureOccupation({
      code: "15-1252.00",
      title: "Software Developers",
      tasks: [{ statement: "Modify existing software to correct errors.", core: null }],
    });
    expect(interviewQuestions(untyped).filter((q) => q.kind === "task")).toHaveLength(1);
  });
});
