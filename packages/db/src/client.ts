import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { acquireDataDirLock } from "./pglite-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Both drivers expose the same query builder; the node-postgres type stands for both. */
export type Db = NodePgDatabase<Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Db;
  /** Runs raw SQL with positional parameters; used by migrations, health checks and the job queue. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a named prepared statement and returns rows as arrays in column order (see raw-select.ts). */
  queryArrays(name: string, sql: string, params: unknown[]): Promise<unknown[][]>;
  close(): Promise<void>;
  /** Underlying driver, for adapters that need it (better-auth, migrations). */
  pool?: pg.Pool;
  pglite?: PGlite;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  /** Directory for PGlite data when databaseUrl is unset; undefined means in-memory. */
  dataDir?: string;
  /** Preloaded PGlite data (a dump of a migrated database) so tests skip migrations. */
  loadDataDir?: Blob;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 20);
  return openPglite(options);
}

async function openPostgres(url: string, max: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server closes (restart, failover, a dropped database) must not crash the process;
  // the pool replaces it on next use.
  pool.on("error", (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
  const db = drizzlePg(pool, { schema });
  return {
    kind: "postgres",
    db,
    pool,
    async query(sql, params) {
      const result = await pool.query(sql, params as unknown[]);
      return result.rows;
    },
    async queryArrays(name, text, values) {
      const result = await pool.query({ name, text, values, rowMode: "array" });
      return result.rows;
    },
    close: () => pool.end(),
  };
}

async function openPglite(options: DatabaseOptions): Promise<DatabaseHandle> {
  let release = () => {};
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    release = acquireDataDirLock(path.join(path.dirname(options.dataDir), `${path.basename(options.dataDir)}.lock`));
  }
  try {
    const client = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      extensions: { btree_gist },
    });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      kind: "pglite",
      db,
      pglite: client,
      async query(sql, params) {
        const result = await client.query(sql, params as unknown[]);
        return result.rows as never[];
      },
      async queryArrays(_name, sql, params) {
        const result = await client.query<unknown[]>(sql, params, { rowMode: "array" });
        return result.rows;
      },
      async close() {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
