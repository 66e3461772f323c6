import { type DbOrTx, schema } from "@hirefolio/db";
import { and, desc, eq } from "drizzle-orm";

const { calendarBusyBlock, calendarSource } = schema;

export type CalendarSourceRow = typeof calendarSource.$inferSelect;
const insertBatch = 1_000;

export function listSources(db: DbOrTx, userId: string) {
  return db
    .select()
    .from(calendarSource)
    .where(eq(calendarSource.userId, userId))
    .orderBy(desc(calendarSource.createdAt));
}

export async function findSource(db: DbOrTx, id: string): Promise<CalendarSourceRow | undefined> {
  const [row] = await db.select().from(calendarSource).where(eq(calendarSource.id, id));
  return row;
}

export async function insertSource(db: DbOrTx, row: typeof calendarSource.$inferInsert) {
  await db.insert(calendarSource).values(row);
}

/** Replaces the source's busy blocks with a fresh import and records the sync. */
export async function replaceBusy(
  db: DbOrTx,
  source: Pick<CalendarSourceRow, "id" | "userId">,
  busy: { start: number; end: number }[],
  now: Date,
) {
  await db.delete(calendarBusyBlock).where(eq(calendarBusyBlock.sourceId, source.id));
  const rows = busy
    .filter((b) => b.end > b.start)
    .map((b) => ({
      id: crypto.randomUUID(),
      sourceId: source.id,
      userId: source.userId,
      startAt: new Date(b.start),
      endAt: new Date(b.end),
    }));
  for (let i = 0; i < rows.length; i += insertBatch) {
    await db.insert(calendarBusyBlock).values(rows.slice(i, i + insertBatch));
  }
  await db
    .update(calendarSource)
    .set({ lastSyncedAt: now, lastError: null, busyCount: rows.length })
    .where(eq(calendarSource.id, source.id));
}

export async function recordSyncError(db: DbOrTx, id: string, message: string) {
  await db.update(calendarSource).set({ lastError: message }).where(eq(calendarSource.id, id));
}

export async function deleteSource(db: DbOrTx, id: string, userId: string) {
  const deleted = await db
    .delete(calendarSource)
    .where(and(eq(calendarSource.id, id), eq(calendarSource.userId, userId)))
    .returning({ id: calendarSource.id });
  return deleted.length > 0;
}
