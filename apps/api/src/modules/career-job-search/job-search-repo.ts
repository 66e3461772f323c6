import { type DbOrTx, schema } from "@hirefolio/db";
import type { JobSearchPlan, JobSearchSituation } from "@hirefolio/shared";
import { and, desc, eq, inArray } from "drizzle-orm";
import { afterCursor, type CursorPosition } from "../../http/cursor";

const { careerJobSearchPlan, careerJobSearchTask } = schema;

export type PlanRow = typeof careerJobSearchPlan.$inferSelect;
export type DoneRow = Pick<typeof careerJobSearchTask.$inferSelect, "planId" | "taskId" | "doneAt">;

export async function insertPlan(
  db: DbOrTx,
  values: {
    id: string;
    userId: string;
    conversationId: string | null;
    situation: JobSearchSituation;
    plan: JobSearchPlan;
    now: Date;
  },
) {
  const { now, situation, plan, ...rest } = values;
  const [row] = await db
    .insert(careerJobSearchPlan)
    .values({ ...rest, targetCode: situation.target.code, situation, plan, createdAt: now, updatedAt: now })
    .returning();
  return row as PlanRow;
}

/** The plan if the user owns it; someone else's looks exactly like a missing one. */
export async function findOwnedPlan(db: DbOrTx, userId: string, id: string) {
  const [row] = await db
    .select()
    .from(careerJobSearchPlan)
    .where(and(eq(careerJobSearchPlan.id, id), eq(careerJobSearchPlan.userId, userId)));
  return row;
}

/** The user's newest plan for a target made in one conversation: the coach shows it again instead of a blank one. */
export async function findConversationPlan(db: DbOrTx, userId: string, conversationId: string, targetCode: string) {
  const [row] = await db
    .select()
    .from(careerJobSearchPlan)
    .where(
      and(
        eq(careerJobSearchPlan.userId, userId),
        eq(careerJobSearchPlan.conversationId, conversationId),
        eq(careerJobSearchPlan.targetCode, targetCode),
      ),
    )
    .orderBy(desc(careerJobSearchPlan.createdAt), desc(careerJobSearchPlan.id))
    .limit(1);
  return row;
}

/** The user's plans, newest first. */
export function listPlans(db: DbOrTx, userId: string, page: { cursor?: CursorPosition; limit: number }) {
  return db
    .select()
    .from(careerJobSearchPlan)
    .where(
      and(
        eq(careerJobSearchPlan.userId, userId),
        afterCursor(page.cursor, careerJobSearchPlan.createdAt, careerJobSearchPlan.id),
      ),
    )
    .orderBy(desc(careerJobSearchPlan.createdAt), desc(careerJobSearchPlan.id))
    .limit(page.limit + 1);
}

export async function deletePlan(db: DbOrTx, id: string) {
  await db.delete(careerJobSearchPlan).where(eq(careerJobSearchPlan.id, id));
}

export function listDoneTasks(db: DbOrTx, planIds: string[]): Promise<DoneRow[]> {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      planId: careerJobSearchTask.planId,
      taskId: careerJobSearchTask.taskId,
      doneAt: careerJobSearchTask.doneAt,
    })
    .from(careerJobSearchTask)
    .where(inArray(careerJobSearchTask.planId, planIds));
}

/** Ticking twice keeps the first time; unticking a task that is not done does nothing. */
export async function setTaskDone(db: DbOrTx, values: { planId: string; taskId: string; done: boolean; now: Date }) {
  const { planId, taskId, done, now } = values;
  if (done) {
    await db.insert(careerJobSearchTask).values({ planId, taskId, doneAt: now }).onConflictDoNothing();
  } else {
    await db
      .delete(careerJobSearchTask)
      .where(and(eq(careerJobSearchTask.planId, planId), eq(careerJobSearchTask.taskId, taskId)));
  }
  await db.update(careerJobSearchPlan).set({ updatedAt: now }).where(eq(careerJobSearchPlan.id, planId));
}
