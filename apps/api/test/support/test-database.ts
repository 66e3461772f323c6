import { readFileSync } from "node:fs";
import { type DatabaseHandle, openDatabase } from "@hirefolio/db";
import pg from "pg";
import { inject } from "vitest";
import { databaseUrlFor, testBackend, testPostgresUrl } from "./backend";

let copyCounter = 0;

/**
 * A migrated database of its own for the calling test file: PGlite loaded from the run's dump,
 * or a PostgreSQL database copied from the run's template (CREATE DATABASE … TEMPLATE is fast).
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  if (testBackend() === "embedded") {
    const dump = readFileSync(inject("pgliteDumpPath"));
    return openDatabase({ loadDataDir: new Blob([dump]) });
  }
  const template = inject("templateDatabase");
  const name = `${template}_f${process.pid}_${copyCounter++}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  return openDatabase({ databaseUrl: databaseUrlFor(name), poolSize: 5 });
}
