import { schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { calendarMailsTo } from "./support/outbox";
import { berlinAt, type HiringTeam, hiringTeam } from "./support/scheduling-team";
import { recruiterWithJob, startTestApp } from "./support/test-app";

const { app, deps } = await startTestApp();
const db = deps.database.db;
const minuteMs = 60_000;

const field = (ics: string, name: string) => new RegExp(`^${name}:(.*)$`, "m").exec(ics)?.[1]?.trim();

/** Three 45-min sessions with 15-min breaks: the recruiter, then the colleague, then either of them. */
function loopFor(team: HiringTeam) {
  return {
    applicationId: team.application.id,
    candidateTimeZone: "America/New_York",
    sessions: [
      { title: "Coding", durationMinutes: 45, interviewerIds: [team.recruiter.id] },
      { title: "System design", durationMinutes: 45, breakBeforeMinutes: 15, interviewerIds: [team.colleague.id] },
      {
        title: "Values",
        durationMinutes: 45,
        breakBeforeMinutes: 15,
        interviewerIds: [team.recruiter.id, team.colleague.id],
        panelCount: 1,
      },
    ],
  };
}

async function interviewCount(applicationId: string) {
  return (await db.select().from(schema.interview).where(eq(schema.interview.applicationId, applicationId))).length;
}

describe("multi-session loops", () => {
  it("suggests loops whose sessions each keep their panel, length and break, inside working hours", async () => {
    const team = await hiringTeam(app, deps);
    const response = await team.recruiter.post("/api/v1/scheduling/suggest-loop", {
      ...loopFor(team),
      windowStart: berlinAt(0, "00:00"),
      windowEnd: berlinAt(2, "00:00"),
    });
    expect(response.statusCode).toBe(200);
    const { slots, candidateTimeZone } = response.json();
    expect(candidateTimeZone).toBe("America/New_York");
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      expect(slot.start).toMatch(/-0[45]:00$/);
      expect(slot.sessions).toHaveLength(3);
      expect(slot.sessions[0].interviewers).toEqual([team.recruiter.id]);
      expect(slot.sessions[1].interviewers).toEqual([team.colleague.id]);
      expect(slot.sessions[2].interviewers).toHaveLength(1);
      for (const [i, session] of slot.sessions.entries()) {
        expect(Date.parse(session.end) - Date.parse(session.start)).toBe(45 * minuteMs);
        if (i > 0) expect(Date.parse(session.start) - Date.parse(slot.sessions[i - 1].end)).toBe(15 * minuteMs);
        const berlinClock = new Intl.DateTimeFormat("en-GB", {
          timeZone: "Europe/Berlin",
          hour: "2-digit",
          minute: "2-digit",
        });
        expect(berlinClock.format(new Date(session.start)) >= "09:00").toBe(true);
        expect(berlinClock.format(new Date(session.end)) <= "17:00").toBe(true);
      }
    }
  });

  it("books every session in one go, with one invitation per person carrying one iTIP event per session", async () => {
    const team = await hiringTeam(app, deps);
    const booked = await team.recruiter.post("/api/v1/interview-loops", {
      ...loopFor(team),
      start: berlinAt(1, "10:00"),
    });
    expect(booked.statusCode).toBe(201);
    const { loopId, interviews } = booked.json();
    expect(interviews).toHaveLength(3);
    expect(interviews.map((i: { title: string }) => i.title)).toEqual(["Coding", "System design", "Values"]);
    expect(interviews.every((i: { loopId: string }) => i.loopId === loopId)).toBe(true);
    expect(interviews.map((i: { start: string }) => i.start)).toEqual(
      [berlinAt(1, "10:00"), berlinAt(1, "11:00"), berlinAt(1, "12:00")].map((t) => new Date(t).toISOString()),
    );
    const interviewersOf = (i: { participants: { role: string; userId: string }[] }) =>
      i.participants.filter((p) => p.role === "interviewer").map((p) => p.userId);
    expect(interviewersOf(interviews[0])).toEqual([team.recruiter.id]);
    expect(interviewersOf(interviews[1])).toEqual([team.colleague.id]);

    const [candidateMail, ...extra] = await calendarMailsTo(deps, team.candidate.email, 1);
    expect(extra).toEqual([]);
    expect(candidateMail!.attachments).toHaveLength(3);
    const events = candidateMail!.attachments.map((a) => a.content);
    expect(events.map((ics) => field(ics, "METHOD"))).toEqual(["REQUEST", "REQUEST", "REQUEST"]);
    expect(new Set(events.map((ics) => field(ics, "UID"))).size).toBe(3);
    expect(events.every((ics) => ics.match(/BEGIN:VEVENT/g)?.length === 1)).toBe(true);
    expect(candidateMail!.text).toContain("System design");
    expect(candidateMail!.subject).toContain("3 sessions");
    // The colleague is in the second session and maybe the third; never the first.
    const [colleagueMail] = await calendarMailsTo(deps, team.colleague.email, 1);
    expect(colleagueMail!.text).not.toContain("Coding");

    const fetched = await team.colleague.get(`/api/v1/interview-loops/${loopId}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json().interviews).toHaveLength(3);
  });

  it("writes nothing when any session clashes, and answers 409 with other loops", async () => {
    const team = await hiringTeam(app, deps);
    const clash = await team.recruiter.post("/api/v1/interviews", {
      applicationId: team.application.id,
      interviewerIds: [team.colleague.id],
      durationMinutes: 30,
      start: berlinAt(2, "11:15"),
    });
    expect(clash.statusCode).toBe(201);
    const before = await interviewCount(team.application.id);
    const refused = await team.recruiter.post("/api/v1/interview-loops", {
      ...loopFor(team),
      start: berlinAt(2, "10:00"),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json().alternatives.length).toBeGreaterThan(0);
    expect(refused.json().alternatives[0].sessions).toHaveLength(3);
    expect(await interviewCount(team.application.id)).toBe(before);
  });

  it("of concurrent bookings of one loop exactly one wins and no partial loop is left", async () => {
    const team = await hiringTeam(app, deps);
    const body = { ...loopFor(team), start: berlinAt(3, "10:00") };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => team.recruiter.post("/api/v1/interview-loops", body)),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    const active = (
      await db.select().from(schema.interview).where(eq(schema.interview.applicationId, team.application.id))
    ).filter((r) => r.status === "confirmed");
    expect(active).toHaveLength(3);
    expect(new Set(active.map((r) => r.loopId)).size).toBe(1);
  });

  it("moves and cancels the whole loop; every session's SEQUENCE goes up and CANCEL carries the reason", async () => {
    const team = await hiringTeam(app, deps);
    const { loopId } = (
      await team.recruiter.post("/api/v1/interview-loops", { ...loopFor(team), start: berlinAt(4, "09:00") })
    ).json();
    const moved = await team.candidate.post(`/api/v1/interview-loops/${loopId}/reschedule`, {
      start: berlinAt(4, "13:00"),
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().interviews.map((i: { start: string; sequence: number }) => [i.start, i.sequence])).toEqual(
      [berlinAt(4, "13:00"), berlinAt(4, "14:00"), berlinAt(4, "15:00")].map((t) => [new Date(t).toISOString(), 1]),
    );
    const outside = await team.recruiter.post(`/api/v1/interview-loops/${loopId}/reschedule`, {
      start: berlinAt(4, "15:00"),
    });
    expect(outside.statusCode).toBe(422);

    const cancelled = await team.recruiter.post(`/api/v1/interview-loops/${loopId}/cancel`, {
      reason: "Role filled",
    });
    expect(cancelled.statusCode).toBe(200);
    expect(
      cancelled.json().interviews.map((i: { status: string; sequence: number }) => [i.status, i.sequence]),
    ).toEqual(Array(3).fill(["cancelled", 2]));
    const mails = await calendarMailsTo(deps, team.candidate.email, 3);
    const cancel = mails.find((m) => m.subject.startsWith("Cancelled"))!;
    expect(cancel.text).toContain("Reason: Role filled");
    expect(cancel.attachments.map((a) => [field(a.content, "METHOD"), field(a.content, "SEQUENCE")])).toEqual(
      Array(3).fill(["CANCEL", "2"]),
    );
    expect((await team.recruiter.post(`/api/v1/interview-loops/${loopId}/cancel`, {})).statusCode).toBe(409);
    // The freed time can be booked again.
    expect(
      (await team.recruiter.post("/api/v1/interview-loops", { ...loopFor(team), start: berlinAt(4, "13:00") }))
        .statusCode,
    ).toBe(201);
  });

  it("gives the candidate one link that moves and cancels the whole loop", async () => {
    const team = await hiringTeam(app, deps);
    const { loopId } = (
      await team.recruiter.post("/api/v1/interview-loops", { ...loopFor(team), start: berlinAt(2, "13:00") })
    ).json();
    const [invite] = await calendarMailsTo(deps, team.candidate.email, 1);
    const link = /https?:\/\/\S+\/schedule\/manage\/(\S+)/.exec(invite!.text);
    expect(link).not.toBeNull();
    const [colleagueInvite] = await calendarMailsTo(deps, team.colleague.email, 1);
    expect(colleagueInvite!.text).not.toContain("/schedule/manage/");
    const url = `/api/v1/interview-links/${link![1]}`;
    const anonymous = (method: "GET" | "POST", path: string, payload?: object) =>
      app.inject({ method, url: `${url}${path}`, headers: { origin: "http://localhost:3000" }, payload });

    const page = (await anonymous("GET", "")).json();
    expect(page.interview.sessions.map((s: { title: string }) => s.title)).toEqual([
      "Coding",
      "System design",
      "Values",
    ]);
    expect(page.interview.start).toMatch(/-0[45]:00$/);
    expect(page.alternatives.length).toBeGreaterThan(0);
    for (const slot of page.alternatives) expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(165 * minuteMs);
    const offered = page.alternatives.map((slot: { start: string }) => Date.parse(slot.start));
    expect(offered).not.toContain(Date.parse(berlinAt(2, "13:00")));

    const moved = await anonymous("POST", "/reschedule", { start: berlinAt(3, "09:00") });
    expect(moved.statusCode).toBe(200);
    const sessions = (await team.recruiter.get(`/api/v1/interview-loops/${loopId}`)).json().interviews;
    expect(sessions.map((i: { start: string; sequence: number }) => [i.start, i.sequence])).toEqual(
      [berlinAt(3, "09:00"), berlinAt(3, "10:00"), berlinAt(3, "11:00")].map((t) => [new Date(t).toISOString(), 1]),
    );

    const cancelled = await anonymous("POST", "/cancel", { reason: "Accepted elsewhere" });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().status).toBe("cancelled");
    const after = (await team.recruiter.get(`/api/v1/interview-loops/${loopId}`)).json().interviews;
    expect(after.every((i: { status: string }) => i.status === "cancelled")).toBe(true);
    expect((await anonymous("GET", "")).statusCode).toBe(410);
  });

  it("keeps other employers and the candidate out, and refuses bad input with nothing written", async () => {
    const team = await hiringTeam(app, deps);
    const { loopId } = (
      await team.recruiter.post("/api/v1/interview-loops", { ...loopFor(team), start: berlinAt(0, "14:00") })
    ).json();
    const { recruiter: outsider } = await recruiterWithJob(app);
    expect((await outsider.get(`/api/v1/interview-loops/${loopId}`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/v1/interview-loops/${loopId}/cancel`, {})).statusCode).toBe(404);
    expect(
      (await outsider.post(`/api/v1/interview-loops/${loopId}/reschedule`, { start: berlinAt(0, "15:00") })).statusCode,
    ).toBe(404);
    const window = { windowStart: berlinAt(0, "00:00"), windowEnd: berlinAt(2, "00:00") };
    expect((await outsider.post("/api/v1/scheduling/suggest-loop", { ...loopFor(team), ...window })).statusCode).toBe(
      404,
    );
    expect(
      (await outsider.post("/api/v1/interview-loops", { ...loopFor(team), start: berlinAt(1, "14:00") })).statusCode,
    ).toBe(404);
    expect(
      (await team.candidate.post("/api/v1/scheduling/suggest-loop", { ...loopFor(team), ...window })).statusCode,
    ).toBe(403);
    expect((await team.candidate.get(`/api/v1/interview-loops/${loopId}`)).statusCode).toBe(200);

    const before = await interviewCount(team.application.id);
    const oneSession = { ...loopFor(team), sessions: loopFor(team).sessions.slice(0, 1), start: berlinAt(1, "14:00") };
    const tooShort = await team.recruiter.post("/api/v1/interview-loops", oneSession);
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().errors[0].field).toContain("sessions");
    const tooLong = await team.recruiter.post("/api/v1/scheduling/suggest-loop", {
      ...loopFor(team),
      windowStart: berlinAt(0, "00:00"),
      windowEnd: new Date(Date.parse(berlinAt(0, "00:00")) + 91 * 86_400_000).toISOString(),
    });
    expect(tooLong.statusCode).toBe(400);
    const badZone = await team.recruiter.post("/api/v1/interview-loops", {
      ...loopFor(team),
      candidateTimeZone: "Mars/Olympus",
      start: berlinAt(1, "14:00"),
    });
    expect(badZone.statusCode).toBe(400);
    expect(await interviewCount(team.application.id)).toBe(before);
  });
});
