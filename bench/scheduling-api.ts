/**
 * Scheduling over HTTP, in process (app.inject, so the figures are the API's own work without sockets):
 *   (a) POST /api/v1/scheduling/suggest for a 5-interviewer panel over 14 days with 1,000 imported busy events in
 *       total, on PGlite: p50/p95 over 200 requests. Includes session lookup, loading availability and busy time
 *       from the database, the slot engine and serialisation. Engine-only figures are in bench/slots-suggest.ts.
 *   (b) the booking race on PostgreSQL when DATABASE_URL is set: rounds of 10 concurrent bookings of one slot;
 *       exactly one per round must win (the exclusion constraint) and the rest get 409 with alternatives.
 *
 *   node --import tsx bench/scheduling-api.ts      (DATABASE_URL=postgres://… for the race)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runMigrations } from "@hirefolio/db";
import { DateTime } from "luxon";
import pg from "pg";
import { type App, buildApp } from "../apps/api/src/app";
import type { AppDeps } from "../apps/api/src/app-deps";
import { loadConfig } from "../apps/api/src/config";
import { seededRandom } from "../apps/api/src/engines/slots/slot-fixtures";
import { closeAdapters, openAdapters } from "../apps/api/src/platform/open-adapters";
import { timeRuns } from "./support/percentiles";

const suggestTargetP95Ms = 20;
const origin = "http://localhost:3000";
const officeHours = [{ start: "09:00", end: "17:00" }];
const weekdays = { mon: officeHours, tue: officeHours, wed: officeHours, thu: officeHours, fri: officeHours };
/** The panel of bench/slots-suggest.ts: three overlapping zones, so the search finds common time and does its full work. */
const zones = ["Europe/London", "Europe/Berlin", "Europe/Lisbon", "Europe/London", "Europe/Berlin"];
/** A Monday two weeks ahead, so minimum notice never trims the window. */
const windowStart = DateTime.utc().startOf("week").plus({ weeks: 2 });

async function openApp(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hirefolio-bench-"));
  const config = loadConfig({
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    PUBLIC_URL: origin,
    SESSION_SECRET: "bench-secret-that-is-long-enough-for-better-auth",
    RATE_LIMIT_PER_MINUTE: "100000000",
    AUTH_RATE_LIMIT_PER_MINUTE: "100000000",
    SEED_DEMO: "false",
    ...env,
  });
  const deps = await openAdapters(config, {});
  await runMigrations(deps.database);
  const app = await buildApp(deps, {});
  return {
    app,
    deps,
    close: async () => {
      await app.close();
      await closeAdapters(deps);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function caller(app: App, cookie = "") {
  return async (method: "GET" | "POST" | "PUT", url: string, payload?: object) => {
    const response = await app.inject({
      method,
      url,
      headers: { origin, ...(cookie ? { cookie } : {}) },
      ...(payload ? { payload } : {}),
    });
    return { status: response.statusCode, json: () => response.json(), headers: response.headers };
  };
}

async function signUp(app: App, role: "recruiter" | "candidate", n: number) {
  const response = await caller(app)("POST", "/api/auth/sign-up/email", {
    name: `${role} ${n}`,
    email: `${role}${n}-${Date.now().toString(36)}@bench.test`,
    password: "bench-password-1",
    role,
  });
  if (response.status !== 200) throw new Error(`sign-up failed: ${response.status}`);
  const setCookie = response.headers["set-cookie"];
  const cookie = (Array.isArray(setCookie) ? setCookie : [setCookie ?? ""]).map((c) => c.split(";")[0]).join("; ");
  return { id: response.json().user.id as string, call: caller(app, cookie) };
}

/** A recruiter's employer with four more interviewers in four more zones, and a candidate who applied. */
async function seedPanel(app: App, deps: AppDeps) {
  const recruiter = await signUp(app, "recruiter", 0);
  const employer = (await recruiter.call("POST", "/api/v1/employers", { name: "Bench Co" })).json();
  const job = (
    await recruiter.call("POST", `/api/v1/employers/${employer.id}/jobs`, {
      title: "Engineer",
      description: "Bench",
      status: "open",
    })
  ).json();
  const interviewers = [recruiter];
  for (let i = 1; i < 5; i++) {
    const colleague = await signUp(app, "recruiter", i);
    await deps.database.query(
      "insert into member (id, organization_id, user_id, role, created_at) values ($1, $2, $3, 'member', now())",
      [crypto.randomUUID(), employer.id, colleague.id],
    );
    interviewers.push(colleague);
  }
  for (const [i, person] of interviewers.entries()) {
    const saved = await person.call("PUT", "/api/v1/me/availability", { timeZone: zones[i], weeklyHours: weekdays });
    if (saved.status !== 200) throw new Error(`availability not saved: ${saved.status}`);
  }
  const candidate = await signUp(app, "candidate", 9);
  const application = (await candidate.call("POST", `/api/v1/jobs/${job.id}/applications`, {})).json();
  return { recruiter, interviewers, application };
}

/** 1,000 busy events of 15–45 min on a quarter-hour grid over the window, spread over the interviewers. */
async function seedBusy(deps: AppDeps, userIds: string[], total: number, days: number) {
  const random = seededRandom(7);
  const start = windowStart.toMillis();
  for (const userId of userIds) {
    await deps.database.query(
      "insert into calendar_source (id, user_id, kind, name, busy_count) values ($1, $2, 'ics-upload', 'bench', 0)",
      [`bench-${userId}`, userId],
    );
  }
  for (let i = 0; i < total; i++) {
    const from = start + Math.floor(random() * days * 96) * 15 * 60_000;
    const to = from + (1 + Math.floor(random() * 3)) * 15 * 60_000;
    const userId = userIds[i % userIds.length]!;
    await deps.database.query(
      "insert into calendar_busy_block (id, source_id, user_id, start_at, end_at) values ($1, $2, $3, $4, $5)",
      [crypto.randomUUID(), `bench-${userId}`, userId, new Date(from).toISOString(), new Date(to).toISOString()],
    );
  }
}

async function suggestOverHttp() {
  const { app, deps, close } = await openApp({ DATABASE_URL: "", REDIS_URL: "" });
  try {
    const { recruiter, interviewers, application } = await seedPanel(app, deps);
    await seedBusy(
      deps,
      interviewers.map((i) => i.id),
      1_000,
      14,
    );
    const body = {
      applicationId: application.id,
      interviewerIds: interviewers.map((i) => i.id),
      durationMinutes: 60,
      windowStart: windowStart.toISO(),
      windowEnd: windowStart.plus({ days: 14 }).toISO(),
      candidateTimeZone: "Europe/Paris",
    };
    const first = await recruiter.call("POST", "/api/v1/scheduling/suggest", body);
    if (first.status !== 200) throw new Error(`suggest failed: ${first.status} ${JSON.stringify(first.json())}`);
    const slots = first.json().slots.length;
    if (slots === 0) throw new Error(`no slots: ${JSON.stringify(first.json().noSlotReasons)}`);
    const timing = await timeRuns(() => recruiter.call("POST", "/api/v1/scheduling/suggest", body), {
      runs: 200,
      warmUp: 20,
      digits: 2,
    });
    // The floor every signed-in request pays here (session, one query, serialisation), for comparison.
    const floor = await timeRuns(() => recruiter.call("GET", "/api/v1/me/availability"), {
      runs: 200,
      warmUp: 20,
      digits: 2,
    });
    return [
      { case: "suggest, 5 interviewers × 14 days, 1,000 busy (PGlite)", slots, ...timing },
      { case: "GET /api/v1/me/availability (floor, PGlite)", ...floor },
    ];
  } finally {
    await close();
  }
}

async function bookingRace(databaseUrl: string) {
  const { app, deps, close } = await openApp({ DATABASE_URL: databaseUrl, REDIS_URL: "" });
  try {
    const { recruiter, interviewers, application } = await seedPanel(app, deps);
    const rounds = 20;
    const concurrent = 10;
    const outcomes = { won: 0, conflict: 0, other: 0 };
    let badRounds = 0;
    const started = performance.now();
    for (let round = 0; round < rounds; round++) {
      // Five weekdays × four times: a fresh slot per round, inside the recruiter's working hours in their zone.
      const day = windowStart.plus({ days: Math.floor(round / 4) });
      const start = day
        .setZone(zones[0])
        .set({ hour: 9 + (round % 4) * 2, minute: 0 })
        .toISO();
      const body = { applicationId: application.id, interviewerIds: [interviewers[0]!.id], durationMinutes: 60, start };
      const statuses = await Promise.all(
        Array.from({ length: concurrent }, () => recruiter.call("POST", "/api/v1/interviews", body)),
      ).then((responses) => responses.map((r) => r.status));
      const won = statuses.filter((s) => s === 201).length;
      outcomes.won += won;
      outcomes.conflict += statuses.filter((s) => s === 409).length;
      outcomes.other += statuses.filter((s) => s !== 201 && s !== 409).length;
      if (won !== 1) badRounds++;
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      case: `booking race, ${rounds} rounds × ${concurrent} concurrent (PostgreSQL)`,
      ...outcomes,
      roundsWithoutExactlyOneWinner: badRounds,
      requestsPerSecond: Math.round((rounds * concurrent) / seconds),
      msPerRound: Number(((seconds * 1000) / rounds).toFixed(1)),
    };
  } finally {
    await close();
  }
}

/** The race runs in a database of its own, created next to the one DATABASE_URL names and dropped after. */
async function bookingRaceInScratchDatabase(serverUrl: string) {
  const database = `hf_bench_scheduling_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${database}`);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return await bookingRace(url.toString());
  } finally {
    await admin.query(`drop database if exists ${database} with (force)`).catch(() => {});
    await admin.end();
  }
}

const rows: object[] = await suggestOverHttp();
if (process.env.DATABASE_URL) rows.push(await bookingRaceInScratchDatabase(process.env.DATABASE_URL));
else console.log("Booking race skipped: set DATABASE_URL to a PostgreSQL server to run it.");
console.log(`\nScheduling API (target: suggest p95 under ${suggestTargetP95Ms} ms)`);
console.table(rows);
