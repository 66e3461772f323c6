import { DateTime } from "luxon";
import { afterAll, describe, expect, it, vi } from "vitest";
import { waitForMail } from "./support/outbox";
import { berlinAt, bookingFor, hiringTeam } from "./support/scheduling-team";
import { recruiterWithJob, startTestApp } from "./support/test-app";

const { app, deps } = await startTestApp();

// Holds run out and feedback opens after the interview; the test moves the app clock forward for both.
let clockOffsetMs = 0;
const clockSpy = vi.spyOn(deps.clock, "now").mockImplementation(() => new Date(Date.now() + clockOffsetMs));
afterAll(() => clockSpy.mockRestore());

const anonymous = (method: "GET" | "POST", url: string, payload?: object) =>
  app.inject({ method, url, headers: { origin: "http://localhost:3000" }, ...(payload ? { payload } : {}) });

async function linkFor(team: Awaited<ReturnType<typeof hiringTeam>>, extra: Record<string, unknown> = {}) {
  const created = await team.recruiter.post("/api/v1/scheduling-links", {
    applicationId: team.application.id,
    interviewerIds: [team.recruiter.id, team.colleague.id],
    durationMinutes: 45,
    windowStart: berlinAt(0, "00:00"),
    windowEnd: berlinAt(5, "00:00"),
    ...extra,
  });
  expect(created.statusCode).toBe(201);
  return created.json();
}

describe("candidate self-scheduling links", () => {
  it("mails the candidate a link whose page lists times in their zone, holds a pick, then books it once", async () => {
    const team = await hiringTeam(app, deps);
    const link = await linkFor(team);
    const mail = await waitForMail(deps, team.candidate.email, "Pick a time");
    expect(mail.text).toContain(link.url);

    const page = await anonymous("GET", `/api/v1/scheduling-links/${link.token}?timeZone=America/St_Johns`);
    expect(page.statusCode).toBe(200);
    const view = page.json();
    expect(view).toMatchObject({ timeZone: "America/St_Johns", durationMinutes: 45, bookedInterview: null });
    expect(view.slots.length).toBeGreaterThan(0);
    for (const slot of view.slots) expect(slot.start).toMatch(/-0[23]:30$/);
    expect(JSON.stringify(view)).not.toContain(team.recruiter.id);

    const pick = view.slots[0].start;
    const timeZone = "America/St_Johns";
    const held = await anonymous("POST", `/api/v1/scheduling-links/${link.token}/hold`, { start: pick, timeZone });
    expect(held.statusCode).toBe(200);
    expect(held.json()).toMatchObject({ status: "held" });
    expect(Date.parse(held.json().holdExpiresAt)).toBeGreaterThan(Date.now());

    // While held, the time is taken for everyone else.
    const competing = await team.recruiter.post("/api/v1/interviews", bookingFor(team, pick, { durationMinutes: 45 }));
    expect(competing.statusCode).toBe(409);

    const booked = await anonymous("POST", `/api/v1/scheduling-links/${link.token}/book`, { start: pick, timeZone });
    expect(booked.statusCode).toBe(200);
    expect(booked.json()).toMatchObject({ status: "confirmed", timeZone: "America/St_Johns", holdExpiresAt: null });
    expect(Date.parse(booked.json().start)).toBe(Date.parse(pick));
    const invite = await waitForMail(deps, team.candidate.email, "Invitation");
    expect(invite.subject).toContain("Newfoundland");

    const after = (await anonymous("GET", `/api/v1/scheduling-links/${link.token}`)).json();
    expect(after.slots).toEqual([]);
    expect(Date.parse(after.bookedInterview.start)).toBe(Date.parse(pick));
    const again = await anonymous("POST", `/api/v1/scheduling-links/${link.token}/book`, {
      start: view.slots[1].start,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toMatch(/link-used$/);
  });

  it("lets a hold run out so others can book the time", async () => {
    const team = await hiringTeam(app, deps);
    const link = await linkFor(team);
    const view = (await anonymous("GET", `/api/v1/scheduling-links/${link.token}`)).json();
    const pick = view.slots[0].start;
    expect((await anonymous("POST", `/api/v1/scheduling-links/${link.token}/hold`, { start: pick })).statusCode).toBe(
      200,
    );
    clockOffsetMs += 11 * 60_000;
    const booked = await team.recruiter.post("/api/v1/interviews", bookingFor(team, pick, { durationMinutes: 45 }));
    expect(booked.statusCode).toBe(201);
    const late = await anonymous("POST", `/api/v1/scheduling-links/${link.token}/book`, { start: pick });
    expect(late.statusCode).toBe(409);
    expect(late.json().alternatives.length).toBeGreaterThan(0);
  });

  it("is only made by the hiring team, and unknown tokens are 404", async () => {
    const team = await hiringTeam(app, deps);
    const other = await recruiterWithJob(app);
    const body = {
      applicationId: team.application.id,
      interviewerIds: [team.recruiter.id],
      durationMinutes: 30,
      windowStart: berlinAt(0, "00:00"),
      windowEnd: berlinAt(5, "00:00"),
    };
    expect((await other.recruiter.post("/api/v1/scheduling-links", body)).statusCode).toBe(404);
    expect((await team.candidate.post("/api/v1/scheduling-links", body)).statusCode).toBe(403);
    const tooLong = await team.recruiter.post("/api/v1/scheduling-links", {
      ...body,
      windowEnd: berlinAt(100, "00:00"),
    });
    expect(tooLong.statusCode).toBe(400);
    expect((await anonymous("GET", "/api/v1/scheduling-links/aaaaaaaaaaaaaaaaaaaaaa")).statusCode).toBe(404);
  });
});

describe("private calendar feed", () => {
  it("publishes the user's interviews until the token is rotated or revoked", async () => {
    const team = await hiringTeam(app, deps);
    const booked = (await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(3, "15:00")))).json();
    const created = await team.colleague.post("/api/v1/me/calendar-feed");
    expect(created.statusCode).toBe(201);
    const path = new URL(created.json().url).pathname;
    const feed = await anonymous("GET", path);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["content-type"]).toContain("text/calendar");
    expect(feed.body).toContain("METHOD:PUBLISH");
    expect(feed.body).toContain(`SUMMARY:${booked.title}`);

    const rotated = (await team.colleague.post("/api/v1/me/calendar-feed")).json();
    expect((await anonymous("GET", path)).statusCode).toBe(404);
    const newPath = new URL(rotated.url).pathname;
    expect((await anonymous("GET", newPath)).statusCode).toBe(200);
    expect((await team.colleague.delete("/api/v1/me/calendar-feed")).statusCode).toBe(204);
    expect((await anonymous("GET", newPath)).statusCode).toBe(404);
  });

  it("reports whether the feed is live and since when, never its address, and only to its owner", async () => {
    const team = await hiringTeam(app, deps);
    const feedStatus = async (user: typeof team.colleague) => {
      const response = await user.get("/api/v1/me/calendar-feed");
      expect(response.statusCode).toBe(200);
      return response.json();
    };
    expect(await feedStatus(team.colleague)).toEqual({ active: false, createdAt: null });

    const created = (await team.colleague.post("/api/v1/me/calendar-feed")).json();
    const live = await team.colleague.get("/api/v1/me/calendar-feed");
    expect(live.json()).toEqual({ active: true, createdAt: created.createdAt });
    const token = new URL(created.url).pathname.split("/").pop()!.replace(".ics", "");
    expect(live.body).not.toContain(token);
    expect(await feedStatus(team.recruiter)).toEqual({ active: false, createdAt: null });
    expect((await anonymous("GET", "/api/v1/me/calendar-feed")).statusCode).toBe(401);

    const rotated = (await team.colleague.post("/api/v1/me/calendar-feed")).json();
    expect(await feedStatus(team.colleague)).toEqual({ active: true, createdAt: rotated.createdAt });
    await team.colleague.delete("/api/v1/me/calendar-feed");
    expect(await feedStatus(team.colleague)).toEqual({ active: false, createdAt: null });
  });
});

describe("follow-up", () => {
  it("takes interviewers' feedback once it is over and suggests the next round with the same panel", async () => {
    const team = await hiringTeam(app, deps);
    const start = berlinAt(4, "09:00");
    const booked = (await team.recruiter.post("/api/v1/interviews", bookingFor(team, start))).json();
    const early = await team.colleague.post(`/api/v1/interviews/${booked.id}/feedback`, { recommendation: "yes" });
    expect(early.statusCode).toBe(422);

    const offsetBefore = clockOffsetMs;
    clockOffsetMs = Date.parse(booked.end) - Date.now() + 60_000;
    try {
      const given = await team.colleague.post(`/api/v1/interviews/${booked.id}/feedback`, {
        recommendation: "strong-yes",
        notes: "Clear system design.",
      });
      expect(given.statusCode).toBe(200);
      const changed = await team.colleague.post(`/api/v1/interviews/${booked.id}/feedback`, { recommendation: "yes" });
      expect(changed.json()).toMatchObject({ recommendation: "yes", authorId: team.colleague.id, notes: "" });
      expect(
        (await team.candidate.post(`/api/v1/interviews/${booked.id}/feedback`, { recommendation: "yes" })).statusCode,
      ).toBe(403);

      const next = await team.recruiter.get(`/api/v1/applications/${team.application.id}/next-round-suggestions`);
      expect(next.statusCode).toBe(200);
      expect(next.json()).toMatchObject({ round: 2, previousInterviewId: booked.id });
      expect(next.json().interviewerIds.sort()).toEqual([team.recruiter.id, team.colleague.id].sort());
      const firstSlot = next.json().suggestions.slots[0];
      expect(Date.parse(firstSlot.start)).toBeGreaterThan(Date.parse(booked.end));
      expect(DateTime.fromISO(firstSlot.start).setZone("Europe/Berlin").weekday).toBeLessThan(6);
    } finally {
      clockOffsetMs = offsetBefore;
    }
  });
});
