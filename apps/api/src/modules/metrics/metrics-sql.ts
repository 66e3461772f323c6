import type { DbOrTx } from "@hirefolio/db";
import { type SQL, sql } from "drizzle-orm";
import { type EventType, eventCatalog } from "../../platform/events/event-catalog";

/**
 * SQL fragments the metrics queries share. Every event filter names the feature with the type, so PostgreSQL can
 * use the (feature, type, occurred_at) index; days are UTC calendar days.
 */
export function ofTypes(alias: string, ...types: EventType[]): SQL {
  const features = new Set(types.map((type) => eventCatalog[type].feature));
  if (features.size !== 1) throw new Error(`event types of one feature expected: ${types.join(", ")}`);
  const [feature] = features;
  const e = sql.raw(alias);
  return sql`${e}.feature = ${feature} and ${e}.type in (${sql.join(
    types.map((type) => sql`${type}`),
    sql`, `,
  )})`;
}

export function utcDay(alias: string): SQL {
  return sql`(${sql.raw(alias)}.occurred_at at time zone 'UTC')::date`;
}

/** `[from, to)` on occurred_at, with both ends as UTC midnights of YYYY-MM-DD days. */
export function occurredWithin(alias: string, fromDay: string, toDay: string): SQL {
  const e = sql.raw(alias);
  return sql`${e}.occurred_at >= ${`${fromDay}T00:00:00Z`}::timestamptz and ${e}.occurred_at < ${`${toDay}T00:00:00Z`}::timestamptz`;
}

/** A date[] literal for width_bucket and array lookups; the days are validated YYYY-MM-DD strings. */
export function dayArray(days: string[]): SQL {
  return sql`${`{${days.join(",")}}`}::date[]`;
}

/** Stages at or beyond the interview: an application that jumped to an offer did reach it. */
export const interviewStages = ["interview", "offer", "hired"] as const;

/** Runs a query and returns its rows; numbers are selected as float8 so both drivers give JS numbers. */
export async function rows<T extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  return (await db.execute(query)).rows as T[];
}

export const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));
