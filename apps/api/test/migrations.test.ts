import { readFileSync } from "node:fs";
import path from "node:path";
import { migrationsFolder, openDatabase, runMigrations } from "@hirefolio/db";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrlFor, testBackend, testPostgresUrl } from "./support/backend";
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

// Replicas starting together all run migrations; only PostgreSQL has several processes to race.
describe.skipIf(testBackend() !== "services")("migrations on PostgreSQL", () => {
  it("run once when several API replicas start at the same moment", async () => {
    const name = `hf_race_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: testPostgresUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const replicas = await Promise.all(
      [1, 2, 3].map(() => openDatabase({ databaseUrl: databaseUrlFor(name), poolSize: 2 })),
    );
    try {
      await Promise.all(replicas.map((replica) => runMigrations(replica)));
      const [applied] = await replicas[0]!.query<{ n: number }>(
        "select count(*)::int as n from drizzle.__drizzle_migrations",
      );
      const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8"));
      expect(applied!.n).toBe(journal.entries.length);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    }
  });
});
