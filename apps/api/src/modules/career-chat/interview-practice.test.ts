import type { InterviewQuestions } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { isPracticeAnswer, offeredPractice, pickPracticeQuestion } from "./interview-practice";

const offered: InterviewQuestions = {
  occupation: { code: "29-1141.00", title: "Registered Nurses" },
  questions: [
    { kind: "task", text: "How do you monitor a patient's condition?", basis: "Monitor patients" },
    { kind: "behavioural", text: "Tell me about a time you handled a conflict.", basis: "STAR" },
  ],
  source: { dataset: "O*NET 29.3", period: "May 2025", citation: "O*NET" },
};
const questionsPart = { type: "tool-interviewQuestions", output: offered };
const feedbackPart = { type: "tool-assessAnswer", output: { score: 60 } };
const longAnswer =
  "When our ward was short staffed last winter I was responsible for six patients, so I set up hourly rounds, " +
  "checked vitals twice as often and escalated early, and as a result no patient deteriorated unnoticed that month.";

describe("offeredPractice", () => {
  it("finds the questions in the last answer, or before feedback on practice answers", () => {
    expect(offeredPractice([[{ type: "text" }, questionsPart]])).toBe(offered);
    expect(offeredPractice([[questionsPart], [feedbackPart], [feedbackPart]])).toBe(offered);
  });

  it("stops at any other answer: the practice is over", () => {
    expect(offeredPractice([[questionsPart], [{ type: "tool-salary", output: {} }]])).toBeUndefined();
    expect(offeredPractice([[questionsPart], [{ type: "text" }]])).toBeUndefined();
    expect(offeredPractice([])).toBeUndefined();
  });
});

describe("isPracticeAnswer", () => {
  it.each([
    [longAnswer, true],
    ["Q2: I listened to both sides first.", true],
    ["question 1 - I check vitals hourly", true],
    ["Q2:", false],
    ["What is the salary for a nurse?", false],
    [`${longAnswer} Is that a good answer?`, false],
  ])("%s → %s", (text, expected) => {
    expect(isPracticeAnswer(text)).toBe(expected);
  });
});

describe("pickPracticeQuestion", () => {
  it("picks the numbered question and strips the number from the answer; the first by default", () => {
    expect(pickPracticeQuestion("Q2: I listened to both sides first.", offered)).toEqual({
      question: "Tell me about a time you handled a conflict.",
      answer: "I listened to both sides first.",
    });
    expect(pickPracticeQuestion(longAnswer, offered)?.question).toBe("How do you monitor a patient's condition?");
    expect(pickPracticeQuestion("Q7: something", offered)).toBeUndefined();
  });
});
