import { type AnyColumn, sql } from "drizzle-orm";

/**
 * A timestamptz column as an ISO 8601 UTC string formatted by PostgreSQL. Lists of many rows select this
 * instead of the column: making a Date per value and formatting it again in JavaScript was the largest CPU cost
 * of serving them.
 */
export function isoTimestamp(column: AnyColumn) {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
