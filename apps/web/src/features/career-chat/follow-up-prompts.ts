import type {
  CareerPaths,
  CareerResumeFeedback,
  InterviewQuestions,
  JobSearchPlanDetail,
  LearningPlanResponse,
  OccupationMatchList,
  SalaryInsightsResponse,
  SkillGapResponse,
} from "@hirefolio/shared";
import { asksForFact, type ChatPart, toolParts, withoutResult } from "./message-parts";

/** For an empty conversation: one question per thing the coach does best. */
export const starterPrompts = [
  "I am a registered nurse and want to become a nurse practitioner — what skills am I missing?",
  "I'm a web developer, what are my next steps?",
  "What's the salary for a data scientist?",
  "Practise interview questions for a software developer",
];

const MAX_PROMPTS = 4;

// Phrased so the offline coach recognises the intent and the role (see the API's coach-intents.ts): "salary for X",
// "interview questions for X", "switch to X", "path", "learning plan", "N hours".
const salaryFor = (role: string) => `What's the salary for ${role}?`;
const interviewFor = (role: string) => `Practise interview questions for ${role}`;
const gapTo = (role: string) => `What skills am I missing to switch to ${role}?`;
const pathTo = (role: string) => `Show my career path to ${role}`;
const learningPlan = "Make me a learning plan";
const jobSearchPlan = "Make me a job search plan";

/** Next questions after each tool's answer, from what that answer was about. */
const afterTool: Record<string, (output: never) => string[]> = {
  skillGap: (gap: SkillGapResponse) => [
    learningPlan,
    salaryFor(gap.to.title),
    interviewFor(gap.to.title),
    pathTo(gap.to.title),
  ],
  learningPlan: (plan: LearningPlanResponse) => [
    `Make the learning plan ${plan.weeklyHours < 10 ? 10 : 5} hours a week`,
    salaryFor(plan.to.title),
    interviewFor(plan.to.title),
    pathTo(plan.to.title),
  ],
  salary: (salary: SalaryInsightsResponse) => [
    gapTo(salary.title),
    interviewFor(salary.title),
    "What are my next steps?",
  ],
  careerPath: (paths: CareerPaths) => {
    if (paths.to) return [gapTo(paths.to.title), learningPlan, salaryFor(paths.to.title)];
    const next = paths.nextRoles[0];
    if (!next) return [salaryFor(paths.from.title), interviewFor(paths.from.title)];
    return [gapTo(next.title), salaryFor(next.title), `How do I get from ${paths.from.title} to ${next.title}?`];
  },
  interviewQuestions: (questions: InterviewQuestions) => [
    salaryFor(questions.occupation.title),
    gapTo(questions.occupation.title),
    learningPlan,
  ],
  matchOccupation: (matches: OccupationMatchList) =>
    matches.items.slice(0, 2).flatMap((match) => [salaryFor(match.title), interviewFor(match.title)]),
  // A better answer is typed, not picked: the chips only lead on.
  assessAnswer: () => ["Give me more interview questions", jobSearchPlan],
  resumeFeedback: (feedback: CareerResumeFeedback) =>
    feedback.against.kind === "role"
      ? [gapTo(feedback.against.occupation.title), interviewFor(feedback.against.occupation.title), jobSearchPlan]
      : [jobSearchPlan, "Review my resume against my target role"],
  jobSearchStrategy: (plan: JobSearchPlanDetail) => [
    "Review my resume",
    interviewFor(plan.situation.target.title),
    salaryFor(plan.situation.target.title),
  ],
};

/**
 * Suggested next questions under the coach's last answer, derived from the last tool it used and that tool's result;
 * the starters when nothing has been asked yet. None while the coach waits for a fact (the user should answer that),
 * or after a tool this list does not know.
 */
export function followUpPrompts(lastAssistant: { parts: readonly ChatPart[] } | undefined): string[] {
  if (!lastAssistant) return starterPrompts;
  const tools = toolParts(lastAssistant.parts);
  if (tools.some((part) => asksForFact(part.output))) return [];
  const last = tools.findLast((part) => part.state === "output-available" && !withoutResult(part.output));
  const suggest = last && afterTool[last.toolName];
  if (!last || !suggest) return [];
  return [...new Set(suggest(last.output as never))].slice(0, MAX_PROMPTS);
}
