import { schema } from "@hirefolio/db";
import { and, eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { berlinAt, berlinWeekdays, bookingFor, hiringTeam, putAvailability } from "./support/scheduling-team";
import { recruiterWithJob, signUp, startTestApp } from "./support/test-app";

const { app, deps } = await startTestApp();

async function activeInterviewsOf(applicationId: string) {
  return deps.database.db
    .select()
    .from(schema.interview)
    .where(and(eq(schema.interview.applicationId, applicationId), eq(schema.interview.status, "confirmed")));
}

describe("availability", () => {
  it("shows office-hour defaults until saved, then what was saved", async () => {
    const user = await signUp(app, "recruiter");
    const before = (await user.get("/api/v1/me/availability")).json();
    expect(before).toMatchObject({ configured: false, timeZone: "UTC", updatedAt: null });

    const saved = await putAvailability(user, {
      ...berlinWeekdays,
      dateOverrides: [{ date: "2026-12-24", hours: [] }],
      limits: { maxPerDay: 2 },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ configured: true, timeZone: "Europe/Berlin", limits: { maxPerDay: 2 } });
    expect((await user.get("/api/v1/me/availability")).json().dateOverrides).toEqual([
      { date: "2026-12-24", hours: [] },
    ]);
  });

  it("refuses an unknown zone or a range ending before it starts, and keeps what was there", async () => {
    const user = await signUp(app, "candidate");
    await putAvailability(user, berlinWeekdays);
    const badZone = await putAvailability(user, { ...berlinWeekdays, timeZone: "Mars/Olympus_Mons" });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.headers["content-type"]).toContain("application/problem+json");
    expect(badZone.json().errors[0].field).toBe("body.timeZone");
    const backwards = await putAvailability(user, {
      timeZone: "Asia/Kolkata",
      weeklyHours: { mon: [{ start: "12:00", end: "07:30" }] },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].field).toContain("weeklyHours.mon");
    expect((await user.get("/api/v1/me/availability")).json().timeZone).toBe("Europe/Berlin");
  });
});

describe("suggest", () => {
  it("ranks slots inside both interviewers' hours, in the candidate's zone with its offset", async () => {
    const team = await hiringTeam(app, deps);
    const response = await team.recruiter.post("/api/v1/scheduling/suggest", {
      applicationId: team.application.id,
      interviewerIds: [team.recruiter.id, team.colleague.id],
      durationMinutes: 60,
      windowStart: berlinAt(0, "00:00"),
      windowEnd: berlinAt(1, "00:00"),
      candidateTimeZone: "America/St_Johns",
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.candidateTimeZone).toBe("America/St_Johns");
    expect(body.slots.length).toBeGreaterThan(0);
    for (const slot of body.slots) {
      expect(slot.start).toMatch(/-0[23]:30$/);
      const local = DateTime.fromISO(slot.start).setZone("Europe/Berlin");
      expect(local.hour).toBeGreaterThanOrEqual(9);
      expect(DateTime.fromISO(slot.end).setZone("Europe/Berlin").toFormat("HH:mm") <= "17:00").toBe(true);
      expect(slot.interviewers.sort()).toEqual([team.recruiter.id, team.colleague.id].sort());
      expect(slot.reasons.length).toBeGreaterThan(0);
    }
  });

  it("takes the candidate's zone from their profile when they saved no availability", async () => {
    const team = await hiringTeam(app, deps);
    expect((await team.candidate.patch("/api/v1/me/profile", { timezone: "Asia/Kolkata" })).statusCode).toBe(200);
    const availability = (await team.candidate.get("/api/v1/me/availability")).json();
    expect(availability).toMatchObject({ configured: false, timeZone: "Asia/Kolkata" });

    const response = await team.recruiter.post("/api/v1/scheduling/suggest", {
      applicationId: team.application.id,
      interviewerIds: [team.recruiter.id, team.colleague.id],
      durationMinutes: 60,
      windowStart: berlinAt(0, "00:00"),
      windowEnd: berlinAt(1, "00:00"),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().candidateTimeZone).toBe("Asia/Kolkata");
    for (const slot of response.json().slots) expect(slot.start).toMatch(/\+05:30$/);
  });

  it("says why nothing fits on a weekend", async () => {
    const team = await hiringTeam(app, deps);
    const response = await team.recruiter.post("/api/v1/scheduling/suggest", {
      applicationId: team.application.id,
      interviewerIds: [team.recruiter.id],
      durationMinutes: 60,
      windowStart: berlinAt(5, "00:00"),
      windowEnd: berlinAt(7, "00:00"),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().slots).toEqual([]);
    expect(response.json().noSlotReasons.length).toBeGreaterThan(0);
  });

  it("refuses windows over 90 days, backwards windows, durations over 8 h and unknown zones", async () => {
    const team = await hiringTeam(app, deps);
    const base = {
      applicationId: team.application.id,
      interviewerIds: [team.recruiter.id],
      durationMinutes: 60,
      windowStart: berlinAt(0, "00:00"),
      windowEnd: berlinAt(4, "00:00"),
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ windowEnd: DateTime.fromISO(base.windowStart).plus({ days: 91 }).toISO() }, "body.windowEnd"],
      [{ windowEnd: berlinAt(-1, "00:00") }, "body.windowEnd"],
      [{ durationMinutes: 481 }, "body.durationMinutes"],
      [{ candidateTimeZone: "Europe/Atlantis" }, "body.candidateTimeZone"],
      [{ windowStart: "next tuesday" }, "body.windowStart"],
    ];
    for (const [change, field] of cases) {
      const response = await team.recruiter.post("/api/v1/scheduling/suggest", { ...base, ...change });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });
});

describe("booking", () => {
  it("lets exactly one of ten concurrent requests for one slot win; the others get 409 with alternatives", async () => {
    const team = await hiringTeam(app, deps);
    const request = bookingFor(team, berlinAt(1, "10:00"));
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => team.recruiter.post("/api/v1/interviews", request)),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    for (const lost of responses.filter((r) => r.statusCode === 409)) {
      const problem = lost.json();
      expect(problem.type).toMatch(/slot-taken$/);
      expect(problem.alternatives.length).toBeGreaterThan(0);
      expect(problem.alternatives.map((s: { start: string }) => Date.parse(s.start))).not.toContain(
        Date.parse(request.start),
      );
    }
    expect(await activeInterviewsOf(team.application.id)).toHaveLength(1);
  });

  it("refuses forged times: inside another interview's buffer, outside working hours, off the grid", async () => {
    const team = await hiringTeam(app, deps);
    const first = await team.recruiter.post(
      "/api/v1/interviews",
      bookingFor(team, berlinAt(2, "12:00"), { bufferAfterMinutes: 15 }),
    );
    expect(first.statusCode).toBe(201);

    const insideBuffer = await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(2, "13:00")));
    expect(insideBuffer.statusCode).toBe(409);
    expect(insideBuffer.json().alternatives.length).toBeGreaterThan(0);

    const evening = await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(2, "16:30")));
    expect(evening.statusCode).toBe(422);
    expect(evening.json().type).toMatch(/slot-not-bookable$/);
    expect(evening.json().detail).toMatch(/working hours/i);

    const offGrid = await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(2, "14:07")));
    expect(offGrid.statusCode).toBe(422);
    expect(await activeInterviewsOf(team.application.id)).toHaveLength(1);

    const afterBuffer = await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(2, "13:15")));
    expect(afterBuffer.statusCode).toBe(201);
  });

  it("keeps a candidate, another employer and non-members out", async () => {
    const team = await hiringTeam(app, deps);
    const other = await recruiterWithJob(app);
    const stranger = await signUp(app, "candidate");
    const request = bookingFor(team, berlinAt(3, "10:00"));

    expect((await other.recruiter.post("/api/v1/interviews", request)).statusCode).toBe(404);
    expect(
      (
        await other.recruiter.post("/api/v1/scheduling/suggest", {
          ...request,
          windowStart: request.start,
          windowEnd: berlinAt(4, "10:00"),
        })
      ).statusCode,
    ).toBe(404);
    expect((await stranger.post("/api/v1/interviews", request)).statusCode).toBe(404);
    const own = await team.candidate.post("/api/v1/interviews", request);
    expect(own.statusCode).toBe(403);

    const outsider = await team.recruiter.post("/api/v1/interviews", {
      ...request,
      interviewerIds: [team.recruiter.id, other.recruiter.id],
    });
    expect(outsider.statusCode).toBe(422);
    expect(outsider.json().type).toMatch(/interviewer-not-member$/);

    const booked = await team.recruiter.post("/api/v1/interviews", request);
    expect(booked.statusCode).toBe(201);
    const id = booked.json().id;
    for (const response of [
      await other.recruiter.get(`/api/v1/interviews/${id}`),
      await other.recruiter.post(`/api/v1/interviews/${id}/reschedule`, { start: berlinAt(3, "11:00") }),
      await other.recruiter.post(`/api/v1/interviews/${id}/cancel`),
      await other.recruiter.post(`/api/v1/interviews/${id}/respond`, { response: "declined" }),
      await other.recruiter.post(`/api/v1/interviews/${id}/feedback`, { recommendation: "yes" }),
      await stranger.get(`/api/v1/interviews/${id}`),
      await other.recruiter.get(`/api/v1/applications/${team.application.id}/next-round-suggestions`),
    ]) {
      expect(response.statusCode).toBe(404);
    }
    const week = { from: berlinAt(0, "00:00"), to: berlinAt(7, "00:00") };
    const query = `from=${encodeURIComponent(week.from)}&to=${encodeURIComponent(week.to)}`;
    expect((await other.recruiter.get(`/api/v1/interviews?${query}`)).json().items).toEqual([]);
    expect(
      (await team.candidate.get(`/api/v1/interviews?${query}`)).json().items.map((i: { id: string }) => i.id),
    ).toEqual([id]);
    expect(
      (await team.colleague.get(`/api/v1/interviews?${query}`)).json().items.map((i: { id: string }) => i.id),
    ).toEqual([id]);
  });

  it("offers other times keeping the panel when a participant declines", async () => {
    const team = await hiringTeam(app, deps);
    const booked = (await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(3, "14:00")))).json();
    const declined = await team.colleague.post(`/api/v1/interviews/${booked.id}/respond`, { response: "declined" });
    expect(declined.statusCode).toBe(200);
    const body = declined.json();
    expect(body.interview.participants.find((p: { userId: string }) => p.userId === team.colleague.id).response).toBe(
      "declined",
    );
    expect(body.alternatives.length).toBeGreaterThan(0);
    for (const slot of body.alternatives)
      expect(slot.interviewers.sort()).toEqual([team.recruiter.id, team.colleague.id].sort());

    const accepted = await team.candidate.post(`/api/v1/interviews/${booked.id}/respond`, { response: "accepted" });
    expect(accepted.json().alternatives).toEqual([]);
  });
});
