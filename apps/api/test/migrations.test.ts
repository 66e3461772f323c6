import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/test-database";

describe("migrations", () => {
  it("create every table of the schema", async () => {
    const handle = await openTestDatabase();
    afterAll(() => handle.close());
    const rows = await handle.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    );
    const names = rows.map((r) => r.table_name);
    for (const table of ["user", "session", "organization", "job", "application", "queued_job", "outbox_message"]) {
      expect(names).toContain(table);
    }
  });
});
