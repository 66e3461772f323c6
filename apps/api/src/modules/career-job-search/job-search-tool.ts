import {
  type CareerCoachFacts,
  type JobSearchPlanDetail,
  type JobSearchUrgency,
  jobSearchUrgencySchema,
  jobSearchWeeklyHoursSchema,
} from "@hirefolio/shared";
import { tool } from "ai";
import { z } from "zod";
import type { SessionUser } from "../../http/auth-guard";
import { citation } from "../career-chat/coach-summaries";
import { ask, isMissingFact, type MissingFact } from "../career-chat/missing-fact";
import type { JobSearchService } from "./job-search-service";

/** "remote", "jobs in Seattle", "near Austin, TX"; the place must be capitalised, so "work in tech" is no place. */
export function locationMentioned(question: string): string | undefined {
  if (/\b(remote(ly)?|work(ing)? from home|wfh)\b/i.test(question)) return "remote";
  const place =
    /\b(?:(?:live|living|based|located|work|working|jobs?|roles?|positions?) in|near|around|(?:move|moving|relocating) to) ((?:[A-Z][\w.'-]*,? ?)+?)(?:[?.!]|,? (?:as|for|and|with|within)\b|$)/;
  return question.match(place)?.[1]?.replace(/,$/, "").trim();
}

export function urgencyMentioned(question: string): JobSearchUrgency | undefined {
  if (/\b(asap|as soon as possible|urgent(ly)?|right away|immediately|quickly|fast)\b/i.test(question)) return "asap";
  if (/\b(3|three|2|two) months\b|\bthis quarter\b/i.test(question)) return "within-3-months";
  if (/\b(exploring|just looking|curious|no rush|someday|eventually)\b/i.test(question)) return "exploring";
  return undefined;
}

/** "10 hours a week", "5 h per week"; bare hour counts are left to the learning plan tool, which reads them. */
function weeklyHoursMentioned(question: string): number | undefined {
  const hours = Number(question.match(/(\d{1,2})\s*(?:h|hours?|hrs?)\s*(?:a|per|each|every)\s*week\b/i)?.[1]);
  return jobSearchWeeklyHoursSchema.safeParse(hours).success ? hours : undefined;
}

/** What the model reads: the current week's tasks, what follows, progress and the data source. */
export function describeJobSearchPlan(detail: JobSearchPlanDetail): string {
  const { situation, plan, progress } = detail;
  const where = situation.location ? `, ${situation.location}` : "";
  const lines = [
    `A ${plan.totalWeeks}-week job search plan for ${situation.target.title} at ${plan.weeklyHours} hours a week${where}, from ${situation.startDate}.`,
  ];
  if (situation.bridge) {
    lines.push(`The target is a big step up, so applications go to ${situation.bridge.title} first.`);
  }
  const shown = plan.weeks.find((w) => w.week === progress.thisWeek?.week) ?? plan.weeks[0];
  if (shown) {
    lines.push(`Week ${shown.week} (${shown.focus}):`);
    for (const task of shown.tasks) lines.push(`- ${task.title} (${task.estimatedHours} h)`);
  }
  const next = plan.weeks.filter((w) => shown && w.week > shown.week).slice(0, 3);
  if (next.length) lines.push(`Then: ${next.map((w) => `week ${w.week} ${w.focus.toLowerCase()}`).join("; ")}.`);
  lines.push(`Progress: ${progress.done} of ${progress.total} tasks done (${progress.percent}%).`);
  lines.push(citation(situation.sources));
  return lines.join("\n");
}

/**
 * The coach's job search tool. The target and location come from the question, the model's arguments or what the
 * conversation remembers; what the user names is remembered. The user and conversation are bound here, so nothing a
 * message says can reach another user's plans.
 */
export function jobSearchStrategyTool(deps: {
  service: JobSearchService;
  user: SessionUser;
  facts: CareerCoachFacts;
  conversationId?: string | undefined;
}) {
  const { service, user, facts, conversationId } = deps;
  return tool({
    description:
      "Job search strategy: a weekly plan of concrete, checkable tasks (saved searches, resume, skills, applications, networking, interview practice) for the target role, fitted to the user's weekly hours",
    inputSchema: z.object({
      question: z.string().describe("The user's question in their own words"),
      target: z.string().max(120).optional().describe("Target occupation: O*NET-SOC code or job title"),
      location: z.string().max(120).optional().describe('City or region, "remote", or "anywhere"'),
      urgency: jobSearchUrgencySchema.optional(),
      weeklyHours: jobSearchWeeklyHoursSchema.optional(),
    }),
    execute: async (input): Promise<JobSearchPlanDetail | MissingFact> => {
      const to = input.target ?? facts.targetRole;
      if (!to) return ask("targetRole");
      const location = input.location ?? locationMentioned(input.question) ?? facts.location;
      if (!location) return ask("location");
      const detail = await service.planForConversation(user, conversationId, {
        to,
        from: facts.currentRole,
        location,
        urgency: input.urgency ?? urgencyMentioned(input.question),
        weeklyHours: input.weeklyHours ?? weeklyHoursMentioned(input.question) ?? facts.weeklyHours,
      });
      facts.targetRole = detail.situation.target.code;
      facts.location = location;
      facts.weeklyHours = detail.situation.weeklyHours;
      return detail;
    },
    toModelOutput: ({ output }) => ({
      type: "text" as const,
      value: isMissingFact(output) ? output.question : describeJobSearchPlan(output),
    }),
  });
}
