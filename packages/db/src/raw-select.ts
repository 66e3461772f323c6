import { is, Placeholder, type SQLWrapper } from "drizzle-orm";
import type { DatabaseHandle } from "./client";

type Row = Record<string, unknown>;

/**
 * A hot list query defined with Drizzle, run as a named prepared statement through the driver itself. Drizzle
 * checks the type of every selected value of every row when it maps results; for a 50-row page that was a large
 * share of the request. Rows come back as arrays and are zipped with the field names in the order Drizzle put them
 * in the SELECT. Only use it for fields whose driver value is already what the API returns (text, integers, and
 * timestamps selected with isoTimestamp).
 */
export function prepareRawSelect<T extends Row>(
  handle: Pick<DatabaseHandle, "queryArrays">,
  name: string,
  query: SQLWrapper & { toSQL(): { sql: string; params: unknown[] }; _: { selectedFields: Row } },
) {
  const { sql, params } = query.toSQL();
  const fields = Object.keys(query._.selectedFields);
  return async (values: Record<string, unknown>): Promise<T[]> => {
    const bound = params.map((p) => (is(p, Placeholder) ? values[p.name] : p));
    const rows = await handle.queryArrays(name, sql, bound);
    return rows.map((row) => {
      const object: Row = {};
      for (let i = 0; i < fields.length; i++) object[fields[i] as string] = row[i];
      return object as T;
    });
  };
}
