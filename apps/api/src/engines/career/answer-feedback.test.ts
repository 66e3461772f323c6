import { describe, expect, it } from "vitest";
import { assessAnswer } from "./answer-feedback";

const star = `At my previous job at a 40-bed surgical ward we were losing track of handovers between shifts.
My goal was to cut missed medication checks. I designed a one-page handover checklist in Epic and trained
12 nurses on it over two weeks. I also reviewed the first month of handovers with the charge nurse and adjusted
the checklist twice. As a result, missed checks fell from 9 to 2 a month, a 78% reduction, and the ward manager
made the checklist standard for the other two wards. The audit team later asked us to present it at the
quarterly quality meeting, and I wrote the guide they now hand to new starters on their first day on the ward.
Looking back, I would involve the night shift earlier, because they found two gaps in the first version that
we could have caught in the planning stage if I had asked them sooner.`;

describe("assessAnswer", () => {
  it("finds every STAR part, the figures, named tools and outcome sentences in a complete answer", () => {
    const feedback = assessAnswer(star, ["Epic", "Excel"]);
    expect(feedback.structure).toEqual({ situation: true, task: true, action: true, result: true });
    expect(feedback.specificity.numbers).toEqual(["40", "12", "9", "2", "78%"]);
    expect(feedback.specificity.namedTools).toEqual(["Epic"]);
    expect(feedback.specificity.resultStatements).toBeGreaterThanOrEqual(1);
    expect(feedback.suggestions).toEqual([]);
    expect(feedback.score).toBeGreaterThanOrEqual(90);
  });

  it("says what is missing from a vague answer and scores it low", () => {
    const feedback = assessAnswer("I am a hard worker and a team player who always does their best.", ["Epic"]);
    expect(feedback.structure).toEqual({ situation: false, task: false, action: false, result: false });
    expect(feedback.suggestions).toEqual([
      "Set the scene: where you were working and what was going on.",
      "Say what you were responsible for or what had to be achieved.",
      'Describe what you did yourself, in the first person ("I …"), not only the team.',
      "End with the result: what changed because of what you did.",
      "Add figures: how much, how many, how fast, or by what percentage.",
      "Name the tools or methods you used.",
      "Give more detail: aim for 120–350 words.",
    ]);
    expect(feedback.score).toBeLessThan(10);
  });

  it("does not take 'I was tasked' for an action or a tool name inside another word", () => {
    const feedback = assessAnswer("I was tasked with the rollout. We used Epicurean recipes.", ["Epic"]);
    expect(feedback.structure.action).toBe(false);
    expect(feedback.structure.task).toBe(true);
    expect(feedback.specificity.namedTools).toEqual([]);
  });

  it("scores an empty answer 0 and is deterministic", () => {
    expect(assessAnswer("   ").score).toBe(0);
    expect(assessAnswer(star)).toEqual(assessAnswer(star));
  });
});
