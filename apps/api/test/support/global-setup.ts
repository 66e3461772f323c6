import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, runMigrations } from "@hirefolio/db";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { databaseUrlFor, testBackend, testPostgresUrl } from "./backend";

declare module "vitest" {
  export interface ProvidedContext {
    /** embedded: path of a dump of a migrated PGlite database that each test file loads. */
    pgliteDumpPath: string;
    /** services: name of a migrated template database that each test file copies. */
    templateDatabase: string;
  }
}

/** Migrates once per run; test files then start from a copy instead of migrating again. */
export default async function setup(project: TestProject) {
  if (testBackend() === "embedded") {
    const dir = mkdtempSync(path.join(tmpdir(), "hirefolio-test-"));
    const handle = await openDatabase({});
    await runMigrations(handle);
    const dump = await handle.pglite!.dumpDataDir("none");
    await handle.close();
    const dumpPath = path.join(dir, "migrated.tar");
    writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
    project.provide("pgliteDumpPath", dumpPath);
    project.provide("templateDatabase", "");
    return () => rmSync(dir, { recursive: true, force: true });
  }

  const template = `hf_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const handle = await openDatabase({ databaseUrl: databaseUrlFor(template), poolSize: 2 });
  await runMigrations(handle);
  await handle.close();
  project.provide("pgliteDumpPath", "");
  project.provide("templateDatabase", template);
  return async () => {
    const copies = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like $1 or datname = $2",
      [`${template}_f%`, template],
    );
    for (const { datname } of copies.rows) {
      await admin.query(`drop database if exists ${datname} with (force)`);
    }
    await admin.end();
  };
}
