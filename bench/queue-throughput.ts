/**
 * Job queue throughput: 2,000 no-op jobs are enqueued one at a time (enqueue latency p50/p99), then drained by
 * one process's workers at the default concurrency (jobs/s, including close(), which waits for the last outcome
 * to be recorded). DbJobQueue on in-memory PGlite and, when reachable, PostgreSQL; BullmqJobQueue when Redis is.
 *
 *   node --import tsx bench/queue-throughput.ts
 *   DATABASE_URL=postgres://… REDIS_URL=redis://… node --import tsx bench/queue-throughput.ts
 */
import { type DatabaseHandle, openDatabase, runMigrations } from "@hirefolio/db";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import pg from "pg";
import { BullmqJobQueue, bullmqQueueName } from "../apps/api/src/platform/queue/bullmq-job-queue";
import { DbJobQueue } from "../apps/api/src/platform/queue/db-job-queue";
import type { JobQueue } from "../apps/api/src/platform/queue/job-queue";
import { silentQueueLogger } from "../apps/api/src/platform/queue/queue-logger";

const jobCount = 2000;
const jobName = "bench:noop";
const postgresUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

interface Figures {
  enqueueP50Ms: number;
  enqueueP99Ms: number;
  jobsPerSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(queue: JobQueue): Promise<Figures> {
  let processed = 0;
  let allProcessed = () => {};
  const drained = new Promise<void>((resolve) => {
    allProcessed = resolve;
  });
  queue.register(jobName, async () => {
    if (++processed === jobCount) allProcessed();
  });

  const latencies: number[] = [];
  for (let n = 0; n < jobCount; n++) {
    const started = performance.now();
    await queue.enqueue(jobName, { n });
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);

  const started = performance.now();
  await queue.startWorkers();
  await drained;
  await queue.close();
  const seconds = (performance.now() - started) / 1000;
  return {
    enqueueP50Ms: percentile(latencies, 50),
    enqueueP99Ms: percentile(latencies, 99),
    jobsPerSecond: jobCount / seconds,
  };
}

async function onDatabase(database: DatabaseHandle): Promise<Figures> {
  try {
    await runMigrations(database);
    return await measure(new DbJobQueue({ database, logger: silentQueueLogger }));
  } finally {
    await database.close();
  }
}

/** A scratch database, so the benchmark never touches real data; dropped afterwards even when a run fails. */
async function onPostgres(): Promise<Figures> {
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  const scratch = `hf_bench_queue_${process.pid}`;
  const scratchUrl = new URL(postgresUrl);
  scratchUrl.pathname = `/${scratch}`;
  try {
    await admin.query(`CREATE DATABASE ${scratch}`);
    const database = await openDatabase({ databaseUrl: scratchUrl.toString() });
    // pool.end() resolves before its sockets close, so the DROP below may terminate some; that is expected.
    database.pool?.on("error", () => {});
    return await onDatabase(database);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
}

async function onRedis(): Promise<Figures> {
  // Fail at once when Redis is absent instead of retrying; the benchmark then reports it as skipped.
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  await redis.connect();
  const prefix = `hf-bench-${process.pid}`;
  try {
    return await measure(new BullmqJobQueue({ redisUrl, prefix, logger: silentQueueLogger }));
  } finally {
    const queue = new Queue(bullmqQueueName(jobName), { connection: redis, prefix });
    await queue.obliterate({ force: true });
    await queue.close();
    redis.disconnect();
  }
}

const runs: [string, () => Promise<Figures>][] = [
  ["DbJobQueue, PGlite (in-memory)", async () => onDatabase(await openDatabase({}))],
  ["DbJobQueue, PostgreSQL", onPostgres],
  ["BullmqJobQueue, Redis", onRedis],
];

const rows: string[][] = [["backend", "enqueue p50 ms", "enqueue p99 ms", "processed jobs/s"]];
for (const [backend, run] of runs) {
  try {
    const figures = await run();
    rows.push([
      backend,
      figures.enqueueP50Ms.toFixed(2),
      figures.enqueueP99Ms.toFixed(2),
      figures.jobsPerSecond.toFixed(0),
    ]);
  } catch (error) {
    rows.push([backend, `not run: ${error instanceof Error ? error.message : String(error)}`, "", ""]);
  }
}

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
console.log(`${jobCount} no-op jobs, default concurrency\n`);
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  "));
