import type { CareerCoachFacts } from "@hirefolio/shared";
import { tool } from "ai";
import { z } from "zod";
import type { SessionUser } from "../../http/auth-guard";
import type { CareerService } from "../career/career-service";
import {
  describeInterviewQuestions,
  describeLearningPlan,
  describeMatches,
  describePaths,
  describeSalary,
  describeSkillGap,
} from "./coach-summaries";

/** A fact a tool needs and neither the question nor the conversation gave: the coach asks instead of guessing. */
export interface MissingFact {
  needsFact: "currentRole" | "targetRole";
  question: string;
}

const questions: Record<MissingFact["needsFact"], string> = {
  currentRole: 'What is your current role? For example: "I am a registered nurse".',
  targetRole: 'Which role are you aiming for? For example: "I want to become a nurse practitioner".',
};
const ask = (needsFact: MissingFact["needsFact"]): MissingFact => ({ needsFact, question: questions[needsFact] });
const isMissingFact = (output: unknown): output is MissingFact =>
  typeof output === "object" && output !== null && "needsFact" in output;

/** The model reads a short brief (or the coach's question); the web keeps the full result for its card. */
function brief<T>(describe: (result: T) => string) {
  return ({ output }: { output: T | MissingFact }) => ({
    type: "text" as const,
    value: isMissingFact(output) ? output.question : describe(output),
  });
}

const roleInput = z.object({
  question: z.string().describe("The user's question in their own words"),
  from: z.string().max(200).optional().describe("Current occupation: O*NET-SOC code or job title"),
  to: z.string().max(200).optional().describe("Target occupation: O*NET-SOC code or job title"),
});
type RoleInput = z.infer<typeof roleInput>;

/**
 * The coach's tools. Each takes the user's question plus optional roles: the offline engine passes only the
 * question, an LLM may fill the roles. Roles missing from both come from what the conversation remembers, and
 * roles the user names are remembered. The user is bound here, so nothing a message says widens what is read.
 */
export function careerCoachTools(deps: { career: CareerService; user: SessionUser; facts: CareerCoachFacts }) {
  const { career, user, facts } = deps;

  async function occupationCode(title: string) {
    return (await career.searchOccupations({ q: title, limit: 1 })).items[0]?.code;
  }

  /** Resolves the user's own role (current or target) and remembers it for the next questions. */
  async function remember(text: string | undefined, fact: MissingFact["needsFact"]) {
    const code = text ? await occupationCode(text) : undefined;
    if (code) facts[fact] = code;
    return code ?? facts[fact];
  }

  /** A role asked about ("salary for a web developer") is looked up, not taken as the user's target. */
  async function roleAskedAbout(input: RoleInput) {
    const named = input.to ?? roleAfterPreposition(input.question);
    return (named && (await occupationCode(named))) || facts.targetRole || facts.currentRole;
  }

  async function roles(input: RoleInput) {
    const mentioned = rolesMentioned(input.question);
    return {
      from: await remember(input.from ?? mentioned.from, "currentRole"),
      to: await remember(input.to ?? mentioned.to, "targetRole"),
    };
  }

  const tools = {
    careerPath: tool({
      description: "Career path: next roles from the current role, or the steps from the current role to a target role",
      inputSchema: roleInput,
      execute: async (input) => {
        const { from, to } = await roles(input);
        if (!from) return ask("currentRole");
        return career.paths({ from, to, limit: 5 });
      },
      toModelOutput: brief(describePaths),
    }),
    skillGap: tool({
      description:
        "Skill gap: skills, knowledge and technologies missing to move from the current role to a target role",
      inputSchema: roleInput,
      execute: async (input) => {
        const { from, to } = await roles(input);
        if (!from) return ask("currentRole");
        if (!to) return ask("targetRole");
        return career.skillGap(user, { from, to });
      },
      toModelOutput: brief(describeSkillGap),
    }),
    learningPlan: tool({
      description: "Learning plan: free courses, books and guides for the missing skills, scheduled by weekly hours",
      inputSchema: roleInput.extend({ weeklyHours: z.number().int().min(1).max(60).optional() }),
      execute: async (input) => {
        const { from, to } = await roles(input);
        if (!from) return ask("currentRole");
        if (!to) return ask("targetRole");
        facts.weeklyHours = input.weeklyHours ?? hoursMentioned(input.question) ?? facts.weeklyHours ?? 5;
        return career.learningPlan(user, { from, to, weeklyHours: facts.weeklyHours });
      },
      toModelOutput: brief(describeLearningPlan),
    }),
    salary: tool({
      description: "Salary: BLS pay percentiles for a role, or for the target or current role when none is named",
      inputSchema: roleInput,
      execute: async (input) => {
        const code = await roleAskedAbout(input);
        if (!code) return ask("targetRole");
        return career.salary({ code, comparePeriod: "annual" });
      },
      toModelOutput: brief(describeSalary),
    }),
    interviewQuestions: tool({
      description: "Interview practice: questions from the target role's tasks and skills, plus behavioural ones",
      inputSchema: roleInput,
      execute: async (input) => {
        const code = await roleAskedAbout(input);
        if (!code) return ask("targetRole");
        return career.interviewQuestions(code);
      },
      toModelOutput: brief(describeInterviewQuestions),
    }),
    matchOccupation: tool({
      description: "Match occupation: the O*NET occupations a job title stands for",
      inputSchema: z.object({ query: z.string().max(200).describe("A job title") }),
      execute: ({ query }) => career.searchOccupations({ q: titleAsked(query), limit: 5 }),
      toModelOutput: brief(describeMatches),
    }),
  };

  return { tools, remember };
}

export type CareerCoachToolName = keyof ReturnType<typeof careerCoachTools>["tools"];

const trimmed = (text: string | undefined) => text?.replace(/[?.!,;]+$/, "").trim() || undefined;

/** "from nurse to nurse practitioner", "I am a nurse and want to become a nurse practitioner". */
export function rolesMentioned(question: string): { from?: string | undefined; to?: string | undefined } {
  const fromTo = question.match(/\bfrom (?:an? |the )?(.+?) (?:to|into) (?:an? |the )?(.+)$/i);
  if (fromTo) return { from: trimmed(fromTo[1]), to: trimmed(fromTo[2]) };
  const from = question.match(/\b(?:i am|i'm|i work as|currently) (?:an? )?(.+?)(?:,| and | but |$)/i)?.[1];
  const to = question.match(/\b(?:become|becoming|to be|move into|switch to|aiming for) (?:an? )?(.+)$/i)?.[1];
  return { from: trimmed(from), to: trimmed(to) };
}

/** "salary for a web developer", "interview questions as an RN"; not "for my target", which means the facts. */
function roleAfterPreposition(question: string): string | undefined {
  const role = trimmed(question.match(/\b(?:for|of|as) (?:an? |the )?([^?.!]+)[?.!]*$/i)?.[1]);
  return role && !/^(me|my|this|that|it|them)\b/i.test(role) ? role : undefined;
}

/** "What occupation is an RN?" → "RN". */
function titleAsked(query: string): string {
  return trimmed(query.match(/\b(?:is|are) (?:an? |the )?([^?.!]+)[?.!]*$/i)?.[1]) ?? query;
}

function hoursMentioned(question: string): number | undefined {
  const hours = Number(question.match(/(\d{1,2})\s*(?:h|hours?|hrs?)\b/i)?.[1]);
  return hours >= 1 && hours <= 60 ? hours : undefined;
}
