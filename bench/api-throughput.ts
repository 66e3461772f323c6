/**
 * API throughput and memory: the real server in its own process, loaded by autocannon (50 connections, 20 s) on
 * GET /api/v1/health and on an authenticated list (a candidate's 50 applications), on PostgreSQL and on PGlite.
 * Target (platform issue): list endpoint ≥ 2,000 req/s with p99 < 50 ms on PostgreSQL.
 *
 *   node --import tsx bench/api-throughput.ts            (BENCH_SECONDS=5 for a quick run)
 */
import autocannon from "autocannon";
import pg from "pg";
import { type ApiProcess, startApiProcess } from "./support/api-process";

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = 50;
const adminUrl = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const origin = "http://localhost:3000";
const unlimited = { RATE_LIMIT_PER_MINUTE: "100000000", AUTH_RATE_LIMIT_PER_MINUTE: "100000000", SEED_DEMO: "false" };

async function call(api: ApiProcess, method: string, path: string, body?: unknown, cookie?: string) {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { "content-type": "application/json", origin, ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return {
    // The bench reads only ids and item lists from its own seeded responses.
    json: (await response.json()) as { id: string; items: unknown[] },
    cookie: response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; "),
  };
}

/** One employer with 50 open jobs and one candidate who applied to all of them. */
async function seedFifty(api: ApiProcess) {
  const password = "bench-password-1";
  const recruiter = await call(api, "POST", "/api/auth/sign-up/email", {
    name: "R",
    email: `r${Date.now()}@bench.test`,
    password,
    role: "recruiter",
  });
  const employer = await call(api, "POST", "/api/v1/employers", { name: "Bench Co" }, recruiter.cookie);
  const candidate = await call(api, "POST", "/api/auth/sign-up/email", {
    name: "C",
    email: `c${Date.now()}@bench.test`,
    password,
    role: "candidate",
  });
  for (let i = 0; i < 50; i++) {
    const job = await call(
      api,
      "POST",
      `/api/v1/employers/${employer.json.id}/jobs`,
      { title: `Job ${i}`, description: "Bench", status: "open" },
      recruiter.cookie,
    );
    await call(
      api,
      "POST",
      `/api/v1/jobs/${job.json.id}/applications`,
      { coverNote: "x".repeat(200) },
      candidate.cookie,
    );
  }
  return candidate.cookie;
}

/** A first, unreported run lets V8 optimise the hot path, as it would be in a server that has been up a while. */
async function load(url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, connections, duration: Math.min(5, seconds), headers });
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

async function measure(label: string, env: Record<string, string>, port: number) {
  const api = await startApiProcess({ ...unlimited, ...env }, port);
  const cookie = await seedFifty(api);
  const check = await call(api, "GET", "/api/v1/me/applications?limit=50", undefined, cookie);
  if (check.json.items.length !== 50) throw new Error(`expected 50 applications, got ${check.json.items.length}`);
  const health = await load(`${api.url}/api/v1/health`);
  const list = await load(`${api.url}/api/v1/me/applications?limit=50`, { cookie });
  const peak = api.peakRssMb();
  await api.stop();
  return [
    { backend: label, endpoint: "GET /api/v1/health", ...health, peakRssMb: peak },
    { backend: label, endpoint: "GET /api/v1/me/applications (50 rows)", ...list, peakRssMb: peak },
  ];
}

const rows = [];
const database = `hf_bench_api_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
try {
  await admin.connect();
  await admin.query(`create database ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  rows.push(...(await measure("postgres", { DATABASE_URL: url.toString() }, 4701)));
} catch (error) {
  console.log(`PostgreSQL run skipped: ${(error as Error).message}`);
} finally {
  await admin.query(`drop database if exists ${database} with (force)`).catch(() => {});
  await admin.end().catch(() => {});
}
rows.push(...(await measure("pglite", { DATABASE_URL: "" }, 4702)));

console.log(
  `\nAPI throughput: autocannon, ${connections} connections, ${seconds} s per endpoint, API in its own process`,
);
console.table(rows);
