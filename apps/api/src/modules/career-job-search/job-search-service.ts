import type { Db } from "@hirefolio/db";
import {
  type CreateJobSearchPlanParsed,
  createJobSearchPlanSchema,
  type JobSearchGap,
  type JobSearchPlanDetail,
  type JobSearchPlanSummary,
  type JobSearchSituation,
  type JobSearchTaskResult,
  type JobSearchUrgency,
  jobSearchPlanSchema,
  jobSearchSituationSchema,
  type OccupationDetail,
  onetCodeSchema,
  type PageQuery,
} from "@hirefolio/shared";
import { BRIDGE_STEP, buildJobSearchPlan, jobSearchProgress } from "../../engines/career/job-search-plan";
import type { SessionUser } from "../../http/auth-guard";
import { decodeCursor, toPage } from "../../http/cursor";
import { HttpProblem, problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { CareerService } from "../career/career-service";
import { findOwnedConversation } from "../career-chat/career-chat-repo";
import * as repo from "./job-search-repo";

/** Gaps a plan works on: enough for the skills weeks of the longest plan, few enough to leave room to apply. */
const ELEMENT_GAPS = 4;
const HOT_TECHNOLOGY_GAPS = 3;

const notRecognised = (text: string) =>
  problems.unprocessable(
    "occupation-not-recognised",
    "Occupation not recognised",
    `No occupation matches "${text}". Try another wording or an O*NET-SOC code.`,
  );

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const withZone = (o: Pick<OccupationDetail, "code" | "title" | "jobZone">) => ({
  code: o.code,
  title: o.title,
  jobZone: o.jobZone,
});

/** What the coach passes: the target and whatever else the user said; unsaid settings keep the plan's or defaults. */
export interface CoachPlanRequest {
  to: string;
  from?: string | undefined;
  location?: string | undefined;
  urgency?: JobSearchUrgency | undefined;
  weeklyHours?: number | undefined;
}

/**
 * Job search plans: the situation is assembled from the career service (occupation data, skill gap, learning
 * resources, a bridge role), the engine turns it into weeks of tasks, and ticks are stored one row per task.
 */
export function createJobSearchService(deps: { db: Db; clock: Clock; career: CareerService }) {
  const { db, clock, career } = deps;

  async function resolveCode(text: string): Promise<string> {
    if (onetCodeSchema.safeParse(text).success) return text;
    const [best] = (await career.searchOccupations({ q: text, limit: 1 })).items;
    if (!best) throw notRecognised(text);
    return best.code;
  }

  /** An unknown code in a request body is the body's fault (422), not a missing resource. */
  async function occupation(text: string): Promise<OccupationDetail> {
    try {
      return await career.occupationDetail(await resolveCode(text));
    } catch (error) {
      if (error instanceof HttpProblem && error.status === 404) throw notRecognised(text);
      throw error;
    }
  }

  async function situation(user: SessionUser, request: CreateJobSearchPlanParsed): Promise<JobSearchSituation> {
    const [target, current] = await Promise.all([
      occupation(request.to),
      request.from ? occupation(request.from) : null,
    ]);
    const step = current?.jobZone && target.jobZone ? target.jobZone - current.jobZone : null;
    const roles = current ? { from: current.code, to: target.code } : null;
    const [gap, learning, paths] = await Promise.all([
      roles && career.skillGap(user, roles),
      roles && career.learningPlan(user, { ...roles, weeklyHours: request.weeklyHours }),
      roles && step !== null && step >= BRIDGE_STEP ? career.paths({ ...roles, limit: 1 }) : null,
    ]);
    const resource = (name: string) => learning?.steps.find((s) => s.skill === name)?.resources[0] ?? null;
    const topGaps: JobSearchGap[] = [
      ...(gap?.gaps ?? []).slice(0, ELEMENT_GAPS).map((g) => ({
        name: g.name,
        kind: g.kind,
        importance: g.importance,
        currentLevel: g.currentLevel,
        targetLevel: g.targetLevel,
        hot: false,
        resource: resource(g.name),
      })),
      ...(gap?.missingTechnologies ?? [])
        .filter((t) => t.hot)
        .slice(0, HOT_TECHNOLOGY_GAPS)
        .map((t) => ({
          name: t.name,
          kind: "technology" as const,
          importance: null,
          currentLevel: null,
          targetLevel: null,
          hot: true,
          resource: resource(t.name),
        })),
    ];
    // The first role after the current one on O*NET's closest route is the step to take now.
    const bridge = paths?.path?.steps.slice(1, -1)[0];
    return {
      current: current && withZone(current),
      target: {
        ...withZone(target),
        reportedTitles: target.reportedTitles,
        alternateTitles: target.alternateTitles,
        hotTechnologies: target.technologies.filter((t) => t.hot).map((t) => t.name),
        topGaps,
        readiness: gap?.readiness ?? null,
        medianAnnualWage: target.wages?.annual.find((p) => p.percentile === 50)?.value ?? null,
      },
      bridge: bridge ? withZone(bridge) : null,
      location: request.location ?? null,
      urgency: request.urgency,
      weeklyHours: request.weeklyHours,
      startDate: request.startDate ?? isoDay(clock.now()),
      sources: [target.source, ...(target.wages ? [target.wages.source] : [])],
    };
  }

  function toDetail(row: repo.PlanRow, done: repo.DoneRow[]): JobSearchPlanDetail {
    const plan = jobSearchPlanSchema.parse(row.plan);
    const doneAt = new Map(done.map((d) => [d.taskId, d.doneAt.toISOString()]));
    return {
      id: row.id,
      conversationId: row.conversationId,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      situation: jobSearchSituationSchema.parse(row.situation),
      plan: {
        ...plan,
        weeks: plan.weeks.map((week) => ({
          ...week,
          tasks: week.tasks.map((task) => ({ ...task, doneAt: doneAt.get(task.id) ?? null })),
        })),
      },
      progress: jobSearchProgress(plan, new Set(doneAt.keys()), isoDay(clock.now())),
    };
  }

  function toSummary(row: repo.PlanRow, done: repo.DoneRow[]): JobSearchPlanSummary {
    const { situation, plan, progress, ...meta } = toDetail(row, done);
    return {
      ...meta,
      progress,
      target: { code: situation.target.code, title: situation.target.title },
      urgency: situation.urgency,
      location: situation.location,
      startDate: situation.startDate,
      totalWeeks: plan.totalWeeks,
    };
  }

  async function owned(user: SessionUser, id: string) {
    const row = await repo.findOwnedPlan(db, user.id, id);
    if (!row) throw problems.notFound("Job search plan");
    return row;
  }

  async function detail(row: repo.PlanRow) {
    return toDetail(row, await repo.listDoneTasks(db, [row.id]));
  }

  async function create(user: SessionUser, request: CreateJobSearchPlanParsed): Promise<JobSearchPlanDetail> {
    if (request.conversationId && !(await findOwnedConversation(db, user.id, request.conversationId))) {
      throw problems.notFound("Conversation");
    }
    const built = await situation(user, request);
    const row = await repo.insertPlan(db, {
      id: crypto.randomUUID(),
      userId: user.id,
      conversationId: request.conversationId ?? null,
      situation: built,
      plan: buildJobSearchPlan(built),
      now: clock.now(),
    });
    return toDetail(row, []);
  }

  return {
    create,

    async list(user: SessionUser, query: PageQuery) {
      const rows = await repo.listPlans(db, user.id, { limit: query.limit, cursor: decodeCursor(query.cursor) });
      const done = await repo.listDoneTasks(
        db,
        rows.map((r) => r.id),
      );
      return toPage(
        rows.map((row) => ({ id: row.id, createdAt: row.createdAt.toISOString(), row })),
        query.limit,
        ({ row }) =>
          toSummary(
            row,
            done.filter((d) => d.planId === row.id),
          ),
      );
    },

    async get(user: SessionUser, id: string) {
      return detail(await owned(user, id));
    },

    async setTaskDone(user: SessionUser, id: string, taskId: string, done: boolean): Promise<JobSearchTaskResult> {
      const row = await owned(user, id);
      const plan = jobSearchPlanSchema.parse(row.plan);
      if (!plan.weeks.some((w) => w.tasks.some((t) => t.id === taskId))) throw problems.notFound("Task");
      await repo.setTaskDone(db, { planId: id, taskId, done, now: clock.now() });
      const doneIds = new Set((await repo.listDoneTasks(db, [id])).map((d) => d.taskId));
      return { taskId, done, progress: jobSearchProgress(plan, doneIds, isoDay(clock.now())) };
    },

    async remove(user: SessionUser, id: string) {
      await owned(user, id);
      await repo.deletePlan(db, id);
    },

    /**
     * The coach's plan for a target in a conversation: the one already made (with its ticks) when the user has not
     * changed a setting, else a new one. Asking again must not hand back a blank checklist.
     */
    async planForConversation(user: SessionUser, conversationId: string | undefined, request: CoachPlanRequest) {
      const to = await resolveCode(request.to);
      const existing = conversationId && (await repo.findConversationPlan(db, user.id, conversationId, to));
      if (existing) {
        const was = jobSearchSituationSchema.parse(existing.situation);
        const unchanged =
          (request.urgency ?? was.urgency) === was.urgency &&
          (request.weeklyHours ?? was.weeklyHours) === was.weeklyHours &&
          (request.location ?? was.location) === was.location;
        if (unchanged) return detail(existing);
      }
      return create(user, createJobSearchPlanSchema.parse({ ...request, to, conversationId }));
    },
  };
}

export type JobSearchService = ReturnType<typeof createJobSearchService>;
