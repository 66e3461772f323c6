import {
  type AtsResumeInput,
  type CareerCoachFacts,
  type CareerCoachNotice,
  type CareerResumeFeedback,
  careerCoachFactsSchema,
  type InterviewQuestions,
} from "@hirefolio/shared";
import { type ToolCallOptions, tool } from "ai";
import { z } from "zod";
import type { SessionUser } from "../../http/auth-guard";
import type { AtsService } from "../ats/ats-service";
import type { CareerService } from "../career/career-service";
import type { JobSearchService } from "../career-job-search/job-search-service";
import { jobSearchStrategyTool } from "../career-job-search/job-search-tool";
import type { ResumesService } from "../resumes/resumes-service";
import {
  describeAnswerFeedback,
  describeInterviewQuestions,
  describeLearningPlan,
  describeMatches,
  describePaths,
  describeResumeFeedback,
  describeSalary,
  describeSkillGap,
} from "./coach-summaries";
import { pickPracticeQuestion } from "./interview-practice";
import { ask, isMissingFact, type MissingFact } from "./missing-fact";
import { chooseResume, looksLikeJobDescription, roleJobDescription, toResumeFeedback } from "./resume-feedback";

const isNotice = (output: unknown): output is CareerCoachNotice =>
  typeof output === "object" && output !== null && "notice" in output;

/** The model reads a short brief (or the coach's question or notice); the web keeps the full result for its card. */
function brief<T>(describe: (result: T) => string) {
  return ({ output }: { output: T | MissingFact | CareerCoachNotice }) => ({
    type: "text" as const,
    value: isMissingFact(output)
      ? output.question
      : isNotice(output)
        ? [output.message, output.link && `${output.link.label}: ${output.link.href}`].filter(Boolean).join("\n")
        : describe(output as T),
  });
}

const RESUME_BUILDER = { href: "/resume/builder", label: "Open the resume builder" };
/** Enough to find the resume a user names; nobody keeps more than a handful. */
const RESUMES_CONSIDERED = 50;

const roleInput = z.object({
  question: z.string().describe("The user's question in their own words"),
  from: z.string().max(200).optional().describe("Current occupation: O*NET-SOC code or job title"),
  to: z.string().max(200).optional().describe("Target occupation: O*NET-SOC code or job title"),
});
type RoleInput = z.infer<typeof roleInput>;

/** The facts a user stated in their own words during one reply, for the profile fields they left empty. */
export type StatedFacts = Partial<Record<MissingFact["needsFact"], string>>;

/**
 * The coach's tools. Each takes the user's question plus optional roles: the offline engine passes only the
 * question, an LLM may fill the roles. Roles missing from both come from what the conversation remembers, and
 * roles the user names are remembered. The user is bound here, so nothing a message says widens what is read:
 * resumes are only ever looked up among the user's own.
 */
export function careerCoachTools(deps: {
  career: CareerService;
  ats: AtsService;
  resumes: ResumesService;
  jobSearch: JobSearchService;
  user: SessionUser;
  facts: CareerCoachFacts;
  /** Plans the job search tool makes are kept with the conversation they were made in. */
  conversationId?: string | undefined;
  /** The interview questions the user is answering, if the coach offered some. */
  practice?: InterviewQuestions | undefined;
}) {
  const { career, ats, resumes, user, facts } = deps;
  const stated: StatedFacts = {};

  async function occupationCode(title: string) {
    return (await career.searchOccupations({ q: title, limit: 1 })).items[0]?.code;
  }

  /** Remembers a fact the user gave (a role is resolved to its occupation) and returns what is now known. */
  async function remember(text: string | undefined, fact: MissingFact["needsFact"]) {
    if (fact === "location") {
      const place = placeMentioned(text);
      if (place) facts.location = stated.location = place;
      return facts.location;
    }
    const code = text ? await occupationCode(text) : undefined;
    if (code) {
      facts[fact] = code;
      if (text && !isOnetCode(text)) stated[fact] = text;
    }
    return code ?? facts[fact];
  }

  /** The user's own resume the question is about, or a notice when there is none or it is not theirs. */
  async function resumeAsked(input: { question: string; resume?: string | undefined }, jobDescription: boolean) {
    const own = (await resumes.list(user, { limit: RESUMES_CONSIDERED })).items;
    // A pasted job ad may happen to contain a resume's title, so only a question picks a resume by title.
    const chosen = chooseResume(own, { named: input.resume, text: jobDescription ? "" : input.question });
    if (chosen === "none") {
      return notice("noResume", "You have no resume yet. Create one and I will check it.", RESUME_BUILDER);
    }
    if (chosen === "unknown") {
      const titles = own.map((r) => `"${r.title}"`).join(", ");
      return notice("resumeNotFound", `I can only review your own resumes: ${titles}. Which one should I check?`);
    }
    return resumes.get(user, chosen.id);
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

  const jobSearchPlan = jobSearchStrategyTool({
    service: deps.jobSearch,
    user,
    facts,
    conversationId: deps.conversationId,
  });

  const tools = {
    jobSearchStrategy: {
      ...jobSearchPlan,
      // A target the question names ("…to become a data analyst") is remembered before the plan reads the facts.
      execute: async (input: Parameters<NonNullable<typeof jobSearchPlan.execute>>[0], options: ToolCallOptions) => {
        await remember(input.target ?? rolesMentioned(input.question).to, "targetRole");
        return jobSearchPlan.execute!(input, options);
      },
    },
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
    resumeFeedback: tool({
      description:
        "Resume feedback: ATS check of one of the user's resumes against a pasted job description, or else against the target role's profile",
      inputSchema: roleInput.extend({
        resume: z.string().max(200).optional().describe("Title or id of the user's resume; the latest when not given"),
        jobDescription: z.string().max(20_000).optional().describe("A job description the user pasted"),
      }),
      execute: async (input): Promise<CareerResumeFeedback | CareerCoachNotice | MissingFact> => {
        const pasted = input.jobDescription ?? (looksLikeJobDescription(input.question) ? input.question : undefined);
        const resume = await resumeAsked(input, pasted !== undefined);
        if ("notice" in resume) return resume;
        const document = resume.document as AtsResumeInput;
        if (pasted) {
          const analysis = await ats.analyzeDocument(document, pasted);
          return toResumeFeedback(analysis, { resume, against: { kind: "jobDescription" }, sources: [] });
        }
        const code = await roleAskedAbout(input);
        if (!code) return ask("targetRole");
        const role = await career.occupationDetail(code);
        const analysis = await ats.analyzeDocument(document, roleJobDescription(role));
        const occupation = { code: role.code, title: role.title };
        return toResumeFeedback(analysis, { resume, against: { kind: "role", occupation }, sources: [role.source] });
      },
      toModelOutput: brief(describeResumeFeedback),
    }),
    assessAnswer: tool({
      description:
        "Interview practice feedback: grades the user's answer to an interview question on STAR structure, specificity and results",
      inputSchema: z.object({
        answer: z.string().min(1).max(10_000).describe("The user's answer, word for word"),
        question: z
          .string()
          .max(1_000)
          .optional()
          .describe("The interview question answered; by default the one the coach offered that the answer picks"),
      }),
      execute: async (input) => {
        const picked = deps.practice && pickPracticeQuestion(input.answer, deps.practice);
        const question = input.question ?? picked?.question;
        const answer = (input.question ? input.answer : picked?.answer)?.trim();
        if (!question || !answer) {
          return notice(
            "noPracticeQuestion",
            'Ask me for interview questions first, for example "Let\'s do interview practice".',
          );
        }
        const code = deps.practice?.occupation.code ?? facts.targetRole;
        return career.assessAnswer({ question, answer, ...(code ? { code } : {}) });
      },
      toModelOutput: brief(describeAnswerFeedback),
    }),
    matchOccupation: tool({
      description: "Match occupation: the O*NET occupations a job title stands for",
      inputSchema: z.object({ query: z.string().max(200).describe("A job title") }),
      execute: ({ query }) => career.searchOccupations({ q: titleAsked(query), limit: 5 }),
      toModelOutput: brief(describeMatches),
    }),
  };

  return { tools, remember, stated };
}

const notice = (kind: CareerCoachNotice["notice"], message: string, link?: CareerCoachNotice["link"]) =>
  ({ notice: kind, message, ...(link ? { link } : {}) }) satisfies CareerCoachNotice;

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

const isOnetCode = (text: string) => /^\d\d-\d{4}\.\d\d$/.test(text.trim());

/** "Austin, TX", "I'm based in Austin, TX." → "Austin, TX"; within the length the facts keep. */
export function placeMentioned(text: string | undefined): string | undefined {
  const place = trimmed(
    text?.replace(/^(?:i(?:'m| am) |i live |i work )?(?:based |located |living )?(?:in|near|around) /i, ""),
  );
  return place && careerCoachFactsSchema.shape.location.safeParse(place).success ? place : undefined;
}

function hoursMentioned(question: string): number | undefined {
  const hours = Number(question.match(/(\d{1,2})\s*(?:h|hours?|hrs?)\b/i)?.[1]);
  return hours >= 1 && hours <= 60 ? hours : undefined;
}
