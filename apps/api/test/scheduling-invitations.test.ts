import { schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  createReminderHandler,
  type InterviewJobPayload,
  reminderGraceMs,
} from "../src/modules/scheduling/interview-jobs";
import { calendarMailsTo, waitForMail } from "./support/outbox";
import { berlinAt, bookingFor, hiringTeam } from "./support/scheduling-team";
import { startTestApp } from "./support/test-app";

const { app, deps } = await startTestApp();
const db = deps.database.db;

// Records what the app queues (and still queues it) so the test sees reminders the queue holds for later.
const enqueued: { name: string; payload: InterviewJobPayload; runAt?: Date; dedupeKey?: string }[] = [];
const realEnqueue = deps.queue.enqueue.bind(deps.queue);
const enqueueSpy = vi.spyOn(deps.queue, "enqueue").mockImplementation(async (name, payload, options) => {
  enqueued.push({
    name,
    payload: payload as InterviewJobPayload,
    runAt: options?.runAt,
    dedupeKey: options?.dedupeKey,
  });
  return realEnqueue(name, payload, options);
});
afterAll(() => enqueueSpy.mockRestore());

/** Reminders mailed to the address, counted after the queue had time to deliver any extra one. */
async function remindersSentTo(email: string) {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const rows = await db.select().from(schema.outboxMessage).where(eq(schema.outboxMessage.to, email));
  return rows.filter((m) => m.subject.startsWith("Reminder")).length;
}

const icsOf = (mail: { attachments: { content: string; contentType: string }[] }) => mail.attachments[0]!;
const field = (ics: string, name: string) => new RegExp(`^${name}:(.*)$`, "m").exec(ics)?.[1]?.trim();

function remindersOf(interviewId: string) {
  return enqueued.filter((j) => j.name === "interview.reminder" && j.payload.interviewId === interviewId);
}

describe("invitations", () => {
  it("sends REQUEST with SEQUENCE 0, 1, 2 under one UID, then CANCEL with a higher SEQUENCE", async () => {
    const team = await hiringTeam(app, deps);
    const booked = await team.recruiter.post(
      "/api/v1/interviews",
      bookingFor(team, berlinAt(1, "10:00"), {
        videoLink: "https://meet.example.test/abc",
        candidateTimeZone: "Asia/Kolkata",
      }),
    );
    expect(booked.statusCode).toBe(201);
    const id = booked.json().id;
    expect(
      (await team.recruiter.post(`/api/v1/interviews/${id}/reschedule`, { start: berlinAt(1, "11:00") })).statusCode,
    ).toBe(200);
    const moved = await team.candidate.post(`/api/v1/interviews/${id}/reschedule`, { start: berlinAt(2, "09:30") });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().sequence).toBe(2);
    const cancelled = await team.recruiter.post(`/api/v1/interviews/${id}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: "cancelled", sequence: 3 });

    const mails = await calendarMailsTo(deps, team.candidate.email, 4);
    expect(mails).toHaveLength(4);
    // The queue may deliver them in any order; SEQUENCE says which version each is.
    const invites = mails
      .map((m) => icsOf(m).content)
      .sort((a, b) => Number(field(a, "SEQUENCE")) - Number(field(b, "SEQUENCE")));
    expect(invites.map((ics) => field(ics, "METHOD"))).toEqual(["REQUEST", "REQUEST", "REQUEST", "CANCEL"]);
    expect(invites.map((ics) => field(ics, "SEQUENCE"))).toEqual(["0", "1", "2", "3"]);
    expect(new Set(invites.map((ics) => field(ics, "UID"))).size).toBe(1);
    expect(mails.map((m) => icsOf(m).contentType).sort()).toEqual([
      "text/calendar; method=CANCEL; charset=UTF-8",
      ...Array(3).fill("text/calendar; method=REQUEST; charset=UTF-8"),
    ]);
    expect(field(invites[2]!, "DTSTART")).toBe(utcStamp(berlinAt(2, "09:30")));
    expect(invites[0]).toContain("URL:https://meet.example.test/abc");
    // The candidate reads times in their own zone, named.
    expect(mails.every((m) => m.subject.includes("India Standard Time"))).toBe(true);
    // Interviewers get the same versions.
    expect(await calendarMailsTo(deps, team.colleague.email, 4)).toHaveLength(4);

    // A cancelled interview frees the slot.
    expect((await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(2, "09:30")))).statusCode).toBe(
      201,
    );
  });
});

function utcStamp(iso: string) {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

describe("reminders", () => {
  it("follow the booking: re-queued for each version, ignored once stale, never late, never twice", async () => {
    const team = await hiringTeam(app, deps);
    const booked = (await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(3, "10:00")))).json();
    const first = remindersOf(booked.id);
    expect(first.map((j) => j.dedupeKey).sort()).toEqual([`${booked.id}:0:1440`, `${booked.id}:0:60`]);
    expect(first.find((j) => j.payload.offsetMinutes === 60)!.runAt!.toISOString()).toBe(
      new Date(Date.parse(berlinAt(3, "09:00"))).toISOString(),
    );

    await team.recruiter.post(`/api/v1/interviews/${booked.id}/reschedule`, { start: berlinAt(3, "14:00") });
    const second = remindersOf(booked.id).filter((j) => j.payload.sequence === 1);
    expect(second.map((j) => j.runAt!.toISOString()).sort()).toEqual(
      [berlinAt(2, "14:00"), berlinAt(3, "13:00")].map((t) => new Date(t).toISOString()).sort(),
    );

    // Run the handler as the queue would, at chosen times.
    let now = new Date(Date.parse(berlinAt(3, "13:00")));
    const handler = createReminderHandler({ db, queue: deps.queue, clock: { now: () => now } });
    const stale = first.find((j) => j.payload.offsetMinutes === 60)!.payload;
    await handler(stale);
    const current = second.find((j) => j.payload.offsetMinutes === 60)!.payload;
    now = new Date(Date.parse(berlinAt(3, "13:00")) + reminderGraceMs + 60_000);
    await handler(current);
    now = new Date(Date.parse(berlinAt(3, "13:00")) + 1000);
    await handler(current);
    await handler(current);

    const reminder = await waitForMail(deps, team.candidate.email, "Reminder");
    expect(reminder.subject).toContain(booked.title);
    expect(await remindersSentTo(team.candidate.email)).toBe(1);

    await team.recruiter.post(`/api/v1/interviews/${booked.id}/cancel`);
    await handler({ ...current, sequence: 2 });
    await handler(second.find((j) => j.payload.offsetMinutes === 1440)!.payload);
    expect(await remindersSentTo(team.candidate.email)).toBe(1);
  });

  it("withdraws pending reminders and the feedback prompt from the queue on reschedule and cancel", async () => {
    const team = await hiringTeam(app, deps);
    const booked = (await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(3, "11:00")))).json();
    // Enqueueing under a job's dedupe key answers whether the queue still holds it, on either queue backend.
    const farAway = new Date(Date.parse(berlinAt(7, "10:00")));
    const stillQueued = async (name: string, dedupeKey: string) => {
      const probe = await deps.queue.enqueue(name, { interviewId: "probe" }, { runAt: farAway, dedupeKey });
      if (!probe.deduplicated) await deps.queue.cancel(name, dedupeKey);
      return probe.deduplicated;
    };
    expect(await stillQueued("interview.reminder", `${booked.id}:0:60`)).toBe(true);

    await team.recruiter.post(`/api/v1/interviews/${booked.id}/reschedule`, { start: berlinAt(3, "15:00") });
    expect(await stillQueued("interview.reminder", `${booked.id}:0:60`)).toBe(false);
    expect(await stillQueued("interview.reminder", `${booked.id}:0:1440`)).toBe(false);
    expect(await stillQueued("interview.feedback-prompt", `${booked.id}:0`)).toBe(false);
    expect(await stillQueued("interview.reminder", `${booked.id}:1:60`)).toBe(true);
    expect(await stillQueued("interview.feedback-prompt", `${booked.id}:1`)).toBe(true);

    await team.candidate.post(`/api/v1/interviews/${booked.id}/cancel`);
    expect(await stillQueued("interview.reminder", `${booked.id}:1:60`)).toBe(false);
    expect(await stillQueued("interview.reminder", `${booked.id}:1:1440`)).toBe(false);
    expect(await stillQueued("interview.feedback-prompt", `${booked.id}:1`)).toBe(false);
  });

  it("does not queue a 24-hours-before reminder for an interview booked two hours ahead", async () => {
    const team = await hiringTeam(app, deps);
    const allDay = [{ start: "00:00", end: "24:00" }];
    const always = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };
    for (const interviewer of [team.recruiter, team.colleague]) {
      await interviewer.request("PUT", "/api/v1/me/availability", { timeZone: "UTC", weeklyHours: always });
    }
    const start = new Date(Math.ceil((Date.now() + 2 * 3_600_000) / 900_000) * 900_000).toISOString();
    const booked = await team.recruiter.post("/api/v1/interviews", bookingFor(team, start, { durationMinutes: 30 }));
    expect(booked.statusCode).toBe(201);
    expect(remindersOf(booked.json().id).map((j) => j.payload.offsetMinutes)).toEqual([60]);
  });
});

describe("exclusion constraint", () => {
  it("refuses overlapping active ranges of one person even when the API is bypassed", async () => {
    const team = await hiringTeam(app, deps);
    const booked = (await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(4, "10:00")))).json();
    const copy = crypto.randomUUID();
    await deps.database.query(
      `insert into interview (id, application_id, job_id, organization_id, title, start_at, end_at, status, ical_uid, candidate_time_zone)
       select $1, application_id, job_id, organization_id, title, start_at, end_at, 'confirmed', $1, candidate_time_zone from interview where id = $2`,
      [copy, booked.id],
    );
    const overlapping = deps.database.query(
      `insert into interview_participant (interview_id, user_id, role, blocked) values ($1, $2, 'interviewer', tstzrange($3::timestamptz, $4::timestamptz))`,
      [copy, team.colleague.id, berlinAt(4, "10:30"), berlinAt(4, "11:30")],
    );
    await expect(overlapping).rejects.toMatchObject({ code: "23P01" });
    await deps.database.query(
      `insert into interview_participant (interview_id, user_id, role, blocked, active) values ($1, $2, 'interviewer', tstzrange($3::timestamptz, $4::timestamptz), false)`,
      [copy, team.colleague.id, berlinAt(4, "10:30"), berlinAt(4, "11:30")],
    );
  });
});
