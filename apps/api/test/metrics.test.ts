import { schema } from "@hirefolio/db";
import type { MetricsReport } from "@hirefolio/shared";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createMetricsService } from "../src/modules/metrics/metrics-service";
import { insertEvents, metricOf, parseCsv, type TestEvent } from "./support/metric-events";
import { signIn, signUp, startTestApp, type TestUser } from "./support/test-app";

const { app, deps } = await startTestApp();
const db = deps.database.db;
const metrics = createMetricsService({ db, clock: deps.clock });

// The week under test is Mon 2 – Sun 8 March 2026; the previous period is the 7 days before (23 Feb – 1 Mar).
const range = "from=2026-03-02&to=2026-03-08";
let admin: TestUser;
let candidate: TestUser;
let c1: string;
let c2: string;
let c3: string;
let r1: string;

/** A report as the admin gets it over HTTP. */
async function report(query = range): Promise<MetricsReport> {
  const response = await admin.get(`/api/v1/admin/metrics?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Runs the rollup job's refresh as if it were `at` (the job reads the clock for "today"). */
async function refreshAt(at: string) {
  const spy = vi.spyOn(deps.clock, "now").mockReturnValue(new Date(at));
  try {
    return await metrics.refreshRollups();
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  const adminUser = await signUp(app, "candidate");
  await db.update(schema.user).set({ role: "admin" }).where(eq(schema.user.id, adminUser.id));
  admin = await signIn(app, adminUser.email);
  candidate = await signUp(app, "candidate");
  c1 = candidate.id;
  c2 = (await signUp(app, "candidate")).id;
  c3 = (await signUp(app, "candidate")).id;
  r1 = (await signUp(app, "recruiter")).id;
  await db.insert(schema.resumeExperiment).values({ id: "exp-summer", ownerId: c1, name: "Summer test" });

  const coach: TestEvent[] = [
    // conv0 (previous period) never reached an outcome; conv1 did the same day; conv3 did after the period ended.
    { type: "coach.conversation_started", at: "2026-02-25T10:00:00Z", actorId: c2, subjectId: "conv0" },
    { type: "coach.conversation_started", at: "2026-03-02T10:00:00Z", actorId: c1, subjectId: "conv1" },
    { type: "coach.message_sent", at: "2026-03-02T10:01:00Z", actorId: c1, subjectId: "conv1" },
    { type: "coach.outcome_shown", at: "2026-03-02T10:05:00Z", actorId: c1, subjectId: "conv1" },
    { type: "coach.recommendation_accepted", at: "2026-03-03T08:00:00Z", actorId: c1, subjectId: "conv1" },
    { type: "coach.outcome_shown", at: "2026-03-06T09:00:00Z", actorId: c1, subjectId: "conv1" },
    { type: "coach.conversation_started", at: "2026-03-04T10:00:00Z", actorId: c2, subjectId: "conv2" },
    { type: "coach.message_sent", at: "2026-03-04T10:01:00Z", actorId: c2, subjectId: "conv2" },
    { type: "coach.conversation_started", at: "2026-03-05T10:00:00Z", actorId: c1, subjectId: "conv3" },
    { type: "coach.outcome_shown", at: "2026-03-10T10:00:00Z", actorId: c1, subjectId: "conv3" },
    ...[
      ["2026-03-02T11:00:00Z", "up", 5],
      ["2026-03-03T11:00:00Z", "down", null],
      ["2026-03-04T11:00:00Z", "up", 4],
      ["2026-03-05T11:00:00Z", null, 2],
    ].map(([at, thumbs, rating]) => ({
      type: "coach.feedback" as const,
      at: at as string,
      actorId: c1,
      subjectId: "conv1",
      properties: { messageId: "m", thumbs, rating },
    })),
  ];
  const people: TestEvent[] = [
    {
      type: "account.signed_in",
      at: "2026-03-06T07:00:00Z",
      actorId: c3,
      subjectId: c3,
      properties: { role: "candidate" },
    },
    {
      type: "resume.created",
      at: "2026-02-26T07:00:00Z",
      actorId: c1,
      subjectId: "r-old",
      properties: { source: "blank" },
    },
    {
      type: "resume.created",
      at: "2026-03-06T07:05:00Z",
      actorId: c3,
      subjectId: "r-new",
      properties: { source: "blank" },
    },
    { type: "video.processed", at: "2026-02-20T07:00:00Z", actorId: c1, subjectId: "v1", properties: {} },
    { type: "video.processed", at: "2026-03-10T07:00:00Z", actorId: c2, subjectId: "v2", properties: {} },
    { type: "profile.completed", at: "2026-03-07T07:00:00Z", actorId: c3, subjectId: c3, properties: { fields: [] } },
  ];
  const portfolio: TestEvent[] = [
    { type: "portfolio.view", at: "2026-03-03T09:00:00Z", subjectId: c1, visitorKey: "v1", properties: {} },
    { type: "portfolio.view", at: "2026-03-03T15:00:00Z", subjectId: c1, visitorKey: "v1", properties: {} },
    { type: "portfolio.view", at: "2026-03-03T09:00:00Z", subjectId: c1, visitorKey: "v2", properties: {} },
    { type: "portfolio.view", at: "2026-03-04T09:00:00Z", subjectId: c1, visitorKey: "v1", properties: {} },
    ...(["portfolio.view", "portfolio.video_play"] as const).map((type) => ({
      type,
      at: "2026-03-03T10:00:00Z",
      actorId: r1,
      subjectId: c1,
      visitorKey: "v3",
      properties: { viewerRole: "recruiter" },
    })),
    ...[true, false].map((contact) => ({
      type: "portfolio.link_click" as const,
      at: "2026-03-03T10:01:00Z",
      actorId: r1,
      subjectId: c1,
      visitorKey: "v3",
      properties: { target: "mailto:c1@example.test", contact, viewerRole: "recruiter" },
    })),
    { type: "portfolio.video_play", at: "2026-03-03T10:00:00Z", subjectId: c1, visitorKey: "v1", properties: {} },
  ];
  const proposal = (id: string, at: string): TestEvent => ({
    type: "scheduling.proposed",
    at,
    actorId: r1,
    subjectId: id,
    properties: { kind: "link" },
  });
  const booking = (id: string, proposedAt: string, at: string): TestEvent => ({
    type: "scheduling.booked",
    at,
    actorId: c2,
    subjectId: id,
    properties: { interviewId: `i-${id}`, proposedAt },
  });
  const scheduling: TestEvent[] = [
    proposal("p5", "2026-02-27T00:00:00Z"),
    booking("p5", "2026-02-27T00:00:00Z", "2026-03-02T00:00:00Z"), // 72 h
    proposal("p1", "2026-03-02T09:00:00Z"),
    booking("p1", "2026-03-02T09:00:00Z", "2026-03-03T09:00:00Z"), // 24 h
    proposal("p2", "2026-03-02T12:00:00Z"),
    booking("p2", "2026-03-02T12:00:00Z", "2026-03-04T12:00:00Z"), // 48 h
    proposal("p3", "2026-03-05T00:00:00Z"),
    booking("p3", "2026-03-05T00:00:00Z", "2026-03-05T06:00:00Z"), // 6 h
    proposal("p4", "2026-03-06T00:00:00Z"),
    {
      type: "scheduling.rescheduled",
      at: "2026-03-06T10:00:00Z",
      actorId: c2,
      subjectId: "i-p1",
      properties: { by: "candidate" },
    },
    { type: "scheduling.rated", at: "2026-03-06T11:00:00Z", actorId: c2, subjectId: "i-p1", properties: { rating: 5 } },
    { type: "scheduling.rated", at: "2026-03-07T11:00:00Z", actorId: c2, subjectId: "i-p2", properties: { rating: 3 } },
  ];
  const analysed = (resumeId: string, at: string, score: number): TestEvent => ({
    type: "resume.analysed",
    at,
    actorId: c1,
    subjectId: resumeId,
    properties: { score },
  });
  const submitted = (id: string, at: string, variantId?: string): TestEvent => ({
    type: "application.submitted",
    at,
    actorId: c1,
    subjectId: id,
    properties: variantId ? { experimentId: "exp-summer", variantId } : {},
  });
  const staged = (id: string, to: string): TestEvent => ({
    type: "application.stage_changed",
    at: "2026-03-05T12:00:00Z",
    actorId: r1,
    subjectId: id,
    properties: { from: "applied", to },
  });
  const resumes: TestEvent[] = [
    analysed("R1", "2026-02-25T10:00:00Z", 60),
    analysed("R1", "2026-03-03T10:00:00Z", 70),
    analysed("R1", "2026-03-05T10:00:00Z", 75),
    analysed("R2", "2026-03-04T10:00:00Z", 50),
    analysed("R3", "2026-03-06T10:00:00Z", 40),
    analysed("R3", "2026-03-06T11:00:00Z", 49),
    ...["pdf", "pdf", "docx"].map((format, i) => ({
      type: "resume.exported" as const,
      at: `2026-03-0${2 + i}T10:00:00Z`,
      actorId: c1,
      subjectId: "R1",
      properties: { format },
    })),
    submitted("a1", "2026-03-02T10:00:00Z", "A"),
    submitted("a2", "2026-03-02T11:00:00Z", "A"),
    submitted("a3", "2026-03-03T10:00:00Z", "B"),
    submitted("a4", "2026-03-04T10:00:00Z"),
    staged("a1", "interview"),
    staged("a2", "screening"),
    staged("a3", "offer"),
  ];
  await insertEvents(db, [...coach, ...people, ...portfolio, ...scheduling, ...resumes]);
});

describe("GET /api/v1/admin/metrics", () => {
  it("computes every metric family from the events, with the previous period beside it", async () => {
    const r = await report();
    expect(r).toMatchObject({
      from: "2026-03-02",
      to: "2026-03-08",
      previousFrom: "2026-02-23",
      previousTo: "2026-03-01",
      bucket: "day",
      refreshedAt: null,
    });
    const value = (key: Parameters<typeof metricOf>[1]) => metricOf(r, key).value;
    const previous = (key: Parameters<typeof metricOf>[1]) => metricOf(r, key).previousValue;

    // Coach: conv1 and conv3 of 3 started reached an outcome (conv3 after the period); conv0 of 1 before.
    expect(metricOf(r, "coach_completion_rate")).toMatchObject({ value: 2 / 3, numerator: 2, denominator: 3 });
    expect(previous("coach_completion_rate")).toBe(0);
    expect(value("coach_acceptance_rate")).toBe(1 / 2);
    expect(value("coach_thumbs_up_share")).toBe(2 / 3);
    expect(value("coach_average_rating")).toBeCloseTo(11 / 3, 10);
    expect(previous("coach_average_rating")).toBeNull();
    // Active: c1, c2, c3, r1; messaged the coach: c1, c2. Active candidates: c1, c2, c3.
    expect(metricOf(r, "coach_engagement_rate")).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
    expect(metricOf(r, "resume_creation_rate")).toMatchObject({ numerator: 1, denominator: 3 });
    expect(previous("resume_creation_rate")).toBe(1 / 2); // c1 created one; c1 and c2 were active
    expect(value("video_upload_rate")).toBe(1 / 3); // c1's video predates the period; c2's came after it
    expect(previous("video_upload_rate")).toBe(1 / 2);
    expect(value("profile_completion_rate")).toBe(1 / 3);
    expect(previous("profile_completion_rate")).toBe(0);

    // Portfolio: v1 twice on the 3rd counts once; v1, v2, the recruiter on the 3rd and v1 on the 4th.
    expect(value("portfolio_views")).toBe(4);
    expect(previous("portfolio_views")).toBe(0);
    const engagement = metricOf(r, "employer_engagement");
    expect(engagement.value).toBe(3);
    expect(engagement.breakdown.map((b) => [b.label, b.value]).sort()).toEqual([
      ["Contact clicks", 1],
      ["Portfolio views", 1],
      ["Video plays", 1],
    ]);

    // Scheduling: p1–p3 of p1–p4 booked; bookings took 72, 24, 48 and 6 hours.
    expect(metricOf(r, "scheduling_success_rate")).toMatchObject({ value: 0.75, numerator: 3, denominator: 4 });
    expect(previous("scheduling_success_rate")).toBe(1);
    const timeToSchedule = metricOf(r, "time_to_schedule");
    expect(timeToSchedule.value).toBeCloseTo(36, 10);
    expect(timeToSchedule.denominator).toBe(4);
    expect(timeToSchedule.breakdown).toEqual([{ label: "p90 (hours)", value: expect.any(Number), sampleSize: 4 }]);
    expect(timeToSchedule.breakdown[0]?.value).toBeCloseTo(64.8, 10);
    expect(value("rescheduling_rate")).toBe(0.25);
    expect(value("scheduling_satisfaction")).toBe(4);

    // Resume builder: R1 75 − 60 and R3 49 − 40; R2 was analysed once; R1's only earlier analysis was its first.
    expect(metricOf(r, "ats_score_improvement")).toMatchObject({ value: 12, denominator: 2 });
    expect(previous("ats_score_improvement")).toBeNull();
    const exports = metricOf(r, "resume_exports");
    expect(exports.value).toBe(3);
    expect(exports.breakdown).toEqual([
      { label: "PDF", value: 2, sampleSize: 2 },
      { label: "DOCX", value: 1, sampleSize: 1 },
    ]);
    const applications = metricOf(r, "application_success_rate");
    expect(applications).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
    expect(applications.breakdown).toEqual([
      { label: "Summer test · Variant A", value: 0.5, sampleSize: 2 },
      { label: "Summer test · Variant B", value: 1, sampleSize: 1 },
      { label: "Without an A/B test", value: 0, sampleSize: 1 },
    ]);
  });

  it("gives one point per day, null where there was nothing to measure", async () => {
    const r = await report();
    const engagement = metricOf(r, "coach_engagement_rate");
    expect(engagement.series.map((p) => p.date)).toEqual([
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
    ]);
    // The 2nd: c1 (messaged), c2 (a booking) and r1 (proposals); the 4th: c2 messaged, c1 did not; the 8th: nobody.
    expect(engagement.series.map((p) => p.value)).toEqual([1 / 3, 0, 1 / 2, 0, 0, 0, null]);
    expect(engagement.previousSeries[0]?.date).toBe("2026-02-23");
    expect(metricOf(r, "ats_score_improvement").series.map((p) => p.value)).toEqual([
      null,
      10,
      null,
      15,
      9,
      null,
      null,
    ]);
    expect(metricOf(r, "portfolio_views").series.map((p) => p.value)).toEqual([0, 3, 1, 0, 0, 0, 0]);
  });

  it("uses week buckets from 63 days and month buckets beyond a year", async () => {
    const quarter = await report("from=2026-01-01&to=2026-03-31");
    expect(quarter.bucket).toBe("week");
    const weeks = metricOf(quarter, "resume_exports").series;
    // Thu 1 Jan, then every Monday: 5 Jan … 30 Mar.
    expect(weeks[0]).toEqual({ date: "2026-01-01", value: 0 });
    expect(weeks[1]?.date).toBe("2026-01-05");
    expect(weeks).toHaveLength(14);
    expect(weeks.find((w) => w.date === "2026-03-02")?.value).toBe(3);
    expect(quarter.previousFrom).toBe("2025-10-03");

    const years = await report("from=2025-01-01&to=2026-06-30");
    expect(years.bucket).toBe("month");
    expect(metricOf(years, "portfolio_views").series).toHaveLength(18);
    expect(metricOf(years, "portfolio_views").series.find((p) => p.date === "2026-03-01")?.value).toBe(4);
  });

  it("reads the same figures from the rollups, picks up a late event on refresh, and refreshes idempotently", async () => {
    const live = await report();
    const first = await refreshAt("2026-03-20T12:00:00Z");
    expect(first).toEqual({ fromDay: "2026-02-20", toDay: "2026-03-20" });
    const rolledUp = await report();
    expect(rolledUp.refreshedAt).toBe("2026-03-20T12:00:00.000Z");
    expect({ ...rolledUp, refreshedAt: null }).toEqual(live);

    const rollupRows = async () => ({
      parts: await db
        .select()
        .from(schema.metricRollup)
        .orderBy(schema.metricRollup.day, schema.metricRollup.metric, schema.metricRollup.dimension),
      activity: await db.select().from(schema.actorActivity).orderBy(schema.actorActivity.actorId),
    });
    const before = await rollupRows();
    expect(before.activity.find((a) => a.actorId === c3)?.active).toBe(`${"0".repeat(14)}11${"0".repeat(12)}`); // 6 and 7 March; bit 1 is 20 Feb
    await refreshAt("2026-03-20T13:00:00Z");
    expect(await rollupRows()).toEqual(before);

    // A view of the 8th stored late: not in the rollups until the next run, which re-reads the last 14 days.
    await insertEvents(db, [
      { type: "portfolio.view", at: "2026-03-08T23:00:00Z", subjectId: c1, visitorKey: "late", properties: {} },
      { type: "coach.message_sent", at: "2026-03-08T23:00:00Z", actorId: c3, subjectId: "conv-late" },
    ]);
    expect(metricOf(await report(), "portfolio_views").value).toBe(4);
    expect(metricOf(await report(), "coach_engagement_rate").value).toBe(2 / 4);
    expect(await refreshAt("2026-03-21T01:00:00Z")).toEqual({ fromDay: "2026-03-06", toDay: "2026-03-21" });
    const after = await report();
    expect(metricOf(after, "portfolio_views").value).toBe(5);
    expect(metricOf(after, "coach_engagement_rate").value).toBe(3 / 4);
    expect(metricOf(after, "coach_engagement_rate").series.at(-1)?.value).toBe(1);

    // Today (21 March) is read live: r1, whose stored bits show nothing in this window, counts as active.
    await insertEvents(db, [
      { type: "account.signed_in", at: "2026-03-21T00:30:00Z", actorId: r1, properties: { role: "recruiter" } },
    ]);
    const today = await report("from=2026-03-15&to=2026-03-21");
    expect(metricOf(today, "coach_engagement_rate")).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(metricOf(after, "coach_completion_rate").value).toBe(2 / 3);
  });

  it("exports the figures as CSV, one row per metric for the period and per bucket", async () => {
    const response = await admin.get(`/api/v1/admin/metrics?${range}&format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/csv/);
    expect(response.headers["content-disposition"]).toBe(
      'attachment; filename="hirefolio-metrics-2026-03-02-2026-03-08.csv"',
    );
    const [header, ...rows] = parseCsv(response.body);
    expect(header).toEqual(["feature", "metric", "label", "unit", "bucket_start", "value", "previous_value"]);
    expect(rows).toHaveLength(17 * 8);
    const completion = rows.find((row) => row[1] === "coach_completion_rate" && row[4] === "total");
    expect(completion).toEqual([
      "career_coach",
      "coach_completion_rate",
      "Chat completion rate",
      "ratio",
      "total",
      String(2 / 3),
      "0",
    ]);
    const emptyDay = rows.find((row) => row[1] === "coach_average_rating" && row[4] === "2026-03-08");
    expect(emptyDay?.slice(5)).toEqual(["", ""]);
  });

  it("is for admins only and names the field of a bad range", async () => {
    const anonymous = await app.inject({ method: "GET", url: `/api/v1/admin/metrics?${range}` });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers["content-type"]).toMatch(/application\/problem\+json/);

    const forbidden = await candidate.get(`/api/v1/admin/metrics?${range}`);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ type: "https://hirefolio.dev/problems/forbidden" });
    const csv = await candidate.get(`/api/v1/admin/metrics?${range}&format=csv`);
    expect(csv.statusCode).toBe(403);

    const backwards = await admin.get("/api/v1/admin/metrics?from=2026-03-08&to=2026-03-02");
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([{ field: "querystring.to", message: "The range ends before it starts" }]);
    const notADate = await admin.get("/api/v1/admin/metrics?from=2026-02-30&to=2026-03-02");
    expect(notADate.statusCode).toBe(400);
    expect(notADate.json().errors[0].field).toBe("querystring.from");
    const tooLong = await admin.get("/api/v1/admin/metrics?from=2023-01-01&to=2026-03-02");
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().detail).toMatch(/two years/);
  });
});
