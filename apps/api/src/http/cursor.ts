import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { problems } from "./problem";

/** Keyset position of the last row of a page: rows are ordered by (createdAt desc, id desc). */
export interface CursorPosition {
  createdAt: Date;
  id: string;
}

/** A row as lists return it: its creation time already an ISO string. */
export interface ListedRow {
  createdAt: string;
  id: string;
}

export function encodeCursor(position: ListedRow): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): CursorPosition | undefined {
  if (!cursor) return undefined;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const date = new Date(createdAt);
    if (typeof id !== "string" || Number.isNaN(date.getTime())) throw new Error("bad cursor");
    return { createdAt: date, id };
  } catch {
    throw problems.badRequest("The cursor is not valid; start again from the first page.", [
      { field: "querystring.cursor", message: "is not a cursor returned by this API" },
    ]);
  }
}

/** Takes limit+1 rows so it can tell whether another page follows. */
export function toPage<T extends ListedRow, R>(rows: T[], limit: number, map: (row: T) => R) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

/** The keyset condition for rows that come after the cursor in (createdAt desc, id desc) order. */
export function afterCursor(cursor: CursorPosition | undefined, createdAt: AnyColumn, id: AnyColumn): SQL | undefined {
  return cursor
    ? sql`(${createdAt}, ${id}) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id})`
    : undefined;
}
