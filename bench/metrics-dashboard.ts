/**
 * The success-metrics dashboard at scale: 1,000,000 synthetic events over the last 365 days (5,000 users; a mix of
 * every event type the metrics read, with cohorts that convert), then the time of the report query for 30, 90 and
 * 365-day ranges: once before any rollup (every day read from the events), then after the `metrics.rollup`
 * refresh (also timed) cold (first run) and warm (p50/p95 of 10 runs). Target: p95 under 300 ms for each range on
 * PostgreSQL.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --import tsx bench/metrics-dashboard.ts
 *   node --import tsx bench/metrics-dashboard.ts          # in-memory PGlite
 *   EVENTS=200000 node --import tsx bench/metrics-dashboard.ts
 *
 * With DATABASE_URL the benchmark works in a scratch database on that server, dropped afterwards.
 */
import { type DatabaseHandle, openDatabase, runMigrations } from "@hirefolio/db";
import { sql } from "drizzle-orm";
import pg from "pg";
import { addDays, formatDay } from "../apps/api/src/engines/metrics/metric-period";
import { createMetricsService } from "../apps/api/src/modules/metrics/metrics-service";
import { seedSyntheticEvents } from "./support/metrics-events-seed";
import { timeRuns } from "./support/percentiles";

const eventCount = Number(process.env.EVENTS ?? 1_000_000);
const ranges = [30, 90, 365];
const targetMs = 300;

/** Cold (first run) and, with `warmRuns`, p50/p95 of that many more runs for each range ending today. */
async function measureRanges(metrics: ReturnType<typeof createMetricsService>, label: string, warmRuns: number) {
  const to = formatDay(Date.now());
  for (const days of ranges) {
    const query = { from: addDays(to, -(days - 1)), to };
    const coldStarted = performance.now();
    const report = await metrics.report(query);
    const coldMs = Math.round(performance.now() - coldStarted);
    const views = report.features.flatMap((f) => f.metrics).find((m) => m.key === "portfolio_views")?.value;
    let warm = "";
    if (warmRuns > 0) {
      const { p50Ms, p95Ms } = await timeRuns(() => metrics.report(query), { runs: warmRuns, warmUp: 0, digits: 0 });
      const verdict = p95Ms < targetMs ? " (target < 300 ms: met)" : " (target < 300 ms: MISSED)";
      warm = `, warm p50 ${p50Ms} ms / p95 ${p95Ms} ms${verdict}`;
    }
    console.log(
      `  ${label} ${String(days).padStart(3)} days (${report.bucket}): cold ${coldMs} ms${warm}; views ${views}`,
    );
  }
}

async function run(handle: DatabaseHandle, name: string) {
  await runMigrations(handle);
  console.log(`${name}: seeding ${eventCount.toLocaleString("en")} events…`);
  const seeded = await seedSyntheticEvents(handle, eventCount);
  console.log(`  ${seeded.events.toLocaleString("en")} events in ${seeded.seconds} s`);
  const metrics = createMetricsService({ db: handle.db, clock: { now: () => new Date() } });
  // Before the first rollup every day is read from `event`: the worst case, measured once per range.
  await measureRanges(metrics, "no rollups yet  ", 0);
  const refreshStarted = performance.now();
  await metrics.refreshRollups();
  const refreshMs = Math.round(performance.now() - refreshStarted);
  const counts = (
    await handle.db.execute(sql`
    select (select count(*) from metric_rollup)::int as parts, (select count(*) from actor_activity)::int as actors`)
  ).rows[0] as { parts: number; actors: number };
  console.log(
    `  first rollup refresh: ${refreshMs} ms (${counts.parts.toLocaleString("en")} metric rows, ${counts.actors.toLocaleString("en")} users' activity bits)`,
  );
  const againStarted = performance.now();
  await metrics.refreshRollups();
  console.log(`  hourly refresh (last 14 days again): ${Math.round(performance.now() - againStarted)} ms`);
  await measureRanges(metrics, "with rollups    ", 10);
}

async function onPostgres(url: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const scratch = `hf_bench_metrics_${process.pid}`;
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${scratch}`;
  try {
    await admin.query(`CREATE DATABASE ${scratch}`);
    const database = await openDatabase({ databaseUrl: scratchUrl.toString() });
    database.pool?.on("error", () => {});
    try {
      await run(database, "PostgreSQL");
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
}

if (process.env.DATABASE_URL) await onPostgres(process.env.DATABASE_URL);
else {
  const database = await openDatabase({});
  try {
    await run(database, "PGlite (in-memory)");
  } finally {
    await database.close();
  }
}
