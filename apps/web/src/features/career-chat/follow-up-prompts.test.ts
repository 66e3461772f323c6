import { describe, expect, it } from "vitest";
import { followUpPrompts, starterPrompts } from "./follow-up-prompts";

const answer = (...parts: { type: string; state?: string; output?: unknown; text?: string }[]) => ({ parts });
const nursePractitioners = { code: "29-1171.00", title: "Nurse Practitioners" };
const registeredNurses = { code: "29-1141.00", title: "Registered Nurses" };

describe("followUpPrompts", () => {
  it("offers the starters in a new conversation", () => {
    expect(followUpPrompts(undefined)).toEqual(starterPrompts);
    expect(starterPrompts).toHaveLength(4);
  });

  it("after a skill gap suggests a learning plan, then the target's salary, interview questions and path", () => {
    const prompts = followUpPrompts(
      answer(
        { type: "step-start" },
        {
          type: "tool-skillGap",
          state: "output-available",
          output: { from: registeredNurses, to: nursePractitioners },
        },
        { type: "text", text: "Moving from Registered Nurses…" },
      ),
    );
    expect(prompts).toEqual([
      "Make me a learning plan",
      "What's the salary for Nurse Practitioners?",
      "Practise interview questions for Nurse Practitioners",
      "Show my career path to Nurse Practitioners",
    ]);
  });

  it("after a learning plan proposes a different weekly pace", () => {
    const plan = (weeklyHours: number) =>
      answer({ type: "tool-learningPlan", state: "output-available", output: { to: nursePractitioners, weeklyHours } });
    expect(followUpPrompts(plan(5))[0]).toBe("Make the learning plan 10 hours a week");
    expect(followUpPrompts(plan(12))[0]).toBe("Make the learning plan 5 hours a week");
  });

  it("after a resume check against a role leads to its gaps and interviews; after a job ad, to a plan", () => {
    const check = (against: unknown) =>
      followUpPrompts(answer({ type: "tool-resumeFeedback", state: "output-available", output: { against } }));
    expect(check({ kind: "role", occupation: nursePractitioners })).toEqual([
      "What skills am I missing to switch to Nurse Practitioners?",
      "Practise interview questions for Nurse Practitioners",
      "Make me a job search plan",
    ]);
    expect(check({ kind: "jobDescription" })[0]).toBe("Make me a job search plan");
  });

  it("after a job search plan suggests a resume review and the target's interviews", () => {
    const prompts = followUpPrompts(
      answer({
        type: "tool-jobSearchStrategy",
        state: "output-available",
        output: { situation: { target: nursePractitioners } },
      }),
    );
    expect(prompts.slice(0, 2)).toEqual(["Review my resume", "Practise interview questions for Nurse Practitioners"]);
  });

  it("uses the last finished tool of the answer", () => {
    const prompts = followUpPrompts(
      answer(
        {
          type: "tool-skillGap",
          state: "output-available",
          output: { from: registeredNurses, to: nursePractitioners },
        },
        { type: "tool-salary", state: "output-available", output: { title: "Registered Nurses" } },
      ),
    );
    expect(prompts[0]).toBe("What skills am I missing to switch to Registered Nurses?");
  });

  it("after next roles asks about the top one; after a route, about its target", () => {
    const nextRoles = followUpPrompts(
      answer({
        type: "tool-careerPath",
        state: "output-available",
        output: { from: registeredNurses, to: null, path: null, nextRoles: [nursePractitioners] },
      }),
    );
    expect(nextRoles).toContain("How do I get from Registered Nurses to Nurse Practitioners?");
    const route = followUpPrompts(
      answer({
        type: "tool-careerPath",
        state: "output-available",
        output: { from: registeredNurses, to: nursePractitioners, path: null, nextRoles: [] },
      }),
    );
    expect(route).toEqual([
      "What skills am I missing to switch to Nurse Practitioners?",
      "Make me a learning plan",
      "What's the salary for Nurse Practitioners?",
    ]);
  });

  it("de-duplicates and caps occupation matches", () => {
    const prompts = followUpPrompts(
      answer({
        type: "tool-matchOccupation",
        state: "output-available",
        output: { items: [registeredNurses, registeredNurses, nursePractitioners] },
      }),
    );
    expect(prompts).toEqual([
      "What's the salary for Registered Nurses?",
      "Practise interview questions for Registered Nurses",
    ]);
  });

  it("suggests nothing while the coach waits for a fact, for a tool still running or failed, or an unknown tool", () => {
    const asking = { needsFact: "currentRole", question: "What is your current role?" };
    expect(followUpPrompts(answer({ type: "tool-skillGap", state: "output-available", output: asking }))).toEqual([]);
    expect(followUpPrompts(answer({ type: "tool-salary", state: "input-available" }))).toEqual([]);
    expect(followUpPrompts(answer({ type: "tool-salary", state: "output-error" }))).toEqual([]);
    expect(followUpPrompts(answer({ type: "tool-somethingNew", state: "output-available", output: {} }))).toEqual([]);
    expect(followUpPrompts(answer({ type: "text", text: "I can help with careers." }))).toEqual([]);
  });

  it("skips a tool that answered with a notice instead of a result", () => {
    const prompts = followUpPrompts(
      answer(
        { type: "tool-salary", state: "output-available", output: { title: "Web Developers" } },
        {
          type: "tool-resumeFeedback",
          state: "output-available",
          output: { notice: "noResume", message: "No resume" },
        },
      ),
    );
    expect(prompts[0]).toBe("What skills am I missing to switch to Web Developers?");
  });
});
