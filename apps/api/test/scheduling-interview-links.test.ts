import { createHash } from "node:crypto";
import { schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { calendarMailsTo, firstLink, waitForMail } from "./support/outbox";
import { berlinAt, bookingFor, type HiringTeam, hiringTeam } from "./support/scheduling-team";
import { signUp, startTestApp } from "./support/test-app";

const { app, deps } = await startTestApp();
const db = deps.database.db;

// Links stop working once the interview is over; the test moves the app clock forward for that.
let clockOffsetMs = 0;
const clockSpy = vi.spyOn(deps.clock, "now").mockImplementation(() => new Date(Date.now() + clockOffsetMs));
afterAll(() => clockSpy.mockRestore());

const anonymous = (method: "GET" | "POST", url: string, payload?: object) =>
  app.inject({ method, url, headers: { origin: "http://localhost:3000" }, ...(payload ? { payload } : {}) });

const field = (ics: string, name: string) => new RegExp(`^${name}:(.*)$`, "m").exec(ics)?.[1]?.trim();

/** Books an interview for the team and returns it with the token from the candidate's invitation. */
async function bookedWithLink(team: HiringTeam, start: string, extra: Record<string, unknown> = {}) {
  const booked = await team.recruiter.post("/api/v1/interviews", bookingFor(team, start, extra));
  expect(booked.statusCode).toBe(201);
  const invite = await waitForMail(deps, team.candidate.email, "Invitation");
  const url = firstLink(invite.text.slice(invite.text.indexOf("Reschedule or cancel")));
  expect(url.pathname).toMatch(/^\/schedule\/manage\//);
  return { interview: booked.json(), token: url.pathname.split("/").pop()!, invite };
}

describe("candidate reschedule/cancel links", () => {
  it("come only in the candidate's invitation, are stored hashed, and show the interview in the candidate's zone", async () => {
    const team = await hiringTeam(app, deps);
    const { interview, token } = await bookedWithLink(team, berlinAt(1, "10:00"), {
      candidateTimeZone: "Asia/Kolkata",
    });
    const colleagueInvite = await waitForMail(deps, team.colleague.email, "Invitation");
    expect(colleagueInvite.text).not.toContain("/schedule/manage/");

    const stored = await db
      .select()
      .from(schema.interviewLink)
      .where(eq(schema.interviewLink.interviewId, interview.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);

    const page = await anonymous("GET", `/api/v1/interview-links/${token}`);
    expect(page.statusCode).toBe(200);
    const view = page.json();
    expect(view.interview).toMatchObject({ title: interview.title, timeZone: "Asia/Kolkata", status: "confirmed" });
    expect(view.interview.start).toMatch(/\+05:30$/);
    expect(Date.parse(view.interview.start)).toBe(Date.parse(berlinAt(1, "10:00")));
    expect(view.alternatives.length).toBeGreaterThan(0);
    for (const slot of view.alternatives) expect(slot.start).toMatch(/\+05:30$/);
    expect(JSON.stringify(view)).not.toContain(team.recruiter.id);
    expect(JSON.stringify(view)).not.toContain(team.colleague.id);

    const inStJohns = await anonymous("GET", `/api/v1/interview-links/${token}?timeZone=America/St_Johns`);
    expect(inStJohns.json().interview.start).toMatch(/-0[23]:30$/);
    expect(Date.parse(inStJohns.json().interview.start)).toBe(Date.parse(view.interview.start));
  });

  it("reschedule keeps the panel, bumps SEQUENCE, moves reminders and sends a fresh link; old links keep working", async () => {
    const team = await hiringTeam(app, deps);
    const { interview, token } = await bookedWithLink(team, berlinAt(2, "10:00"));
    const target = (await anonymous("GET", `/api/v1/interview-links/${token}`)).json().alternatives[0].start;

    const moved = await anonymous("POST", `/api/v1/interview-links/${token}/reschedule`, { start: target });
    expect(moved.statusCode).toBe(200);
    expect(Date.parse(moved.json().start)).toBe(Date.parse(target));

    const now = (await team.recruiter.get(`/api/v1/interviews/${interview.id}`)).json();
    expect(now).toMatchObject({ sequence: 1, status: "confirmed", start: new Date(target).toISOString() });
    expect(now.participants.map((p: { userId: string }) => p.userId).sort()).toEqual(
      interview.participants.map((p: { userId: string }) => p.userId).sort(),
    );

    const invites = await calendarMailsTo(deps, team.candidate.email, 2);
    const sequences = invites.map((m) => field(m.attachments[0]!.content, "SEQUENCE")).sort();
    expect(sequences).toEqual(["0", "1"]);
    const updated = invites.find((m) => field(m.attachments[0]!.content, "SEQUENCE") === "1")!;
    const freshToken = firstLink(updated.text.slice(updated.text.indexOf("Reschedule or cancel")))
      .pathname.split("/")
      .pop();
    expect(freshToken).not.toBe(token);
    expect((await anonymous("GET", `/api/v1/interview-links/${freshToken}`)).statusCode).toBe(200);
    expect((await anonymous("GET", `/api/v1/interview-links/${token}`)).statusCode).toBe(200);

    // The reminders of the first version left the queue; the moved version's are queued.
    const probe = async (dedupeKey: string) => {
      const runAt = new Date(Date.parse(berlinAt(7, "10:00")));
      const result = await deps.queue.enqueue("interview.reminder", { interviewId: "probe" }, { runAt, dedupeKey });
      if (!result.deduplicated) await deps.queue.cancel("interview.reminder", dedupeKey);
      return result.deduplicated;
    };
    expect(await probe(`${interview.id}:0:60`)).toBe(false);
    expect(await probe(`${interview.id}:1:60`)).toBe(true);
  });

  it("never offers the interview's own time as a move, even when it is the best-ranked slot", async () => {
    const team = await hiringTeam(app, deps);
    const { token } = await bookedWithLink(team, berlinAt(1, "10:00"));
    const best = (await anonymous("GET", `/api/v1/interview-links/${token}`)).json().alternatives[0].start;
    expect((await anonymous("POST", `/api/v1/interview-links/${token}/reschedule`, { start: best })).statusCode).toBe(
      200,
    );

    const view = (await anonymous("GET", `/api/v1/interview-links/${token}`)).json();
    expect(Date.parse(view.interview.start)).toBe(Date.parse(best));
    expect(view.alternatives.length).toBeGreaterThan(0);
    expect(view.alternatives.map((slot: { start: string }) => Date.parse(slot.start))).not.toContain(Date.parse(best));
  });

  it("answers 409 with alternatives when the new time is taken, and changes nothing", async () => {
    const team = await hiringTeam(app, deps);
    const { interview, token } = await bookedWithLink(team, berlinAt(3, "10:00"));
    const other = await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(3, "14:00")));
    expect(other.statusCode).toBe(201);

    const taken = await anonymous("POST", `/api/v1/interview-links/${token}/reschedule`, {
      start: berlinAt(3, "14:00"),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.headers["content-type"]).toContain("application/problem+json");
    expect(taken.json().type).toContain("slot-taken");
    expect(taken.json().alternatives.length).toBeGreaterThan(0);
    expect(taken.body).not.toContain(team.recruiter.id);
    expect(taken.body).not.toContain(team.colleague.id);
    const unchanged = (await team.recruiter.get(`/api/v1/interviews/${interview.id}`)).json();
    expect(unchanged).toMatchObject({ sequence: 0, start: new Date(berlinAt(3, "10:00")).toISOString() });

    const outsideHours = await anonymous("POST", `/api/v1/interview-links/${token}/reschedule`, {
      start: berlinAt(3, "20:00"),
    });
    expect(outsideHours.statusCode).toBe(422);
    const malformed = await anonymous("POST", `/api/v1/interview-links/${token}/reschedule`, { start: "tomorrow" });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].field).toContain("start");
    expect((await team.recruiter.get(`/api/v1/interviews/${interview.id}`)).json().sequence).toBe(0);
  });

  it("of candidates racing for one slot through their links exactly one moves; the others get 409", async () => {
    const team = await hiringTeam(app, deps);
    const tokens: string[] = [];
    for (let i = 0; i < 5; i++) {
      const candidate = i === 0 ? team.candidate : await signUp(app, "candidate");
      const application =
        i === 0 ? team.application : (await candidate.post(`/api/v1/jobs/${team.job.id}/applications`, {})).json();
      const { token } = await bookedWithLink(
        { ...team, candidate, application },
        berlinAt(0, `${9 + i}:00`.padStart(5, "0")),
      );
      tokens.push(token);
    }
    const target = berlinAt(0, "15:00");
    const results = await Promise.all(
      tokens.map((token) => anonymous("POST", `/api/v1/interview-links/${token}/reschedule`, { start: target })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const lost of results.filter((r) => r.statusCode === 409)) expect(lost.json().type).toContain("slot-taken");
  });

  it("cancel sends METHOD:CANCEL with the reason to the panel; the link then answers 410", async () => {
    const team = await hiringTeam(app, deps);
    const { interview, token } = await bookedWithLink(team, berlinAt(4, "10:00"));
    const cancelled = await anonymous("POST", `/api/v1/interview-links/${token}/cancel`, {
      reason: "I accepted another offer",
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: "cancelled" });
    expect((await team.recruiter.get(`/api/v1/interviews/${interview.id}`)).json()).toMatchObject({
      status: "cancelled",
      sequence: 1,
    });

    const notice = await waitForMail(deps, team.colleague.email, "Cancelled");
    expect(notice.text).toContain("Reason: I accepted another offer");
    expect(field(notice.attachments[0]!.content, "METHOD")).toBe("CANCEL");
    expect(field(notice.attachments[0]!.content, "SEQUENCE")).toBe("1");

    for (const [method, path, body] of [
      ["GET", "", undefined],
      ["POST", "/reschedule", { start: berlinAt(4, "14:00") }],
      ["POST", "/cancel", {}],
    ] as const) {
      const gone = await anonymous(method, `/api/v1/interview-links/${token}${path}`, body);
      expect(gone.statusCode).toBe(410);
      expect(gone.json().type).toContain("interview-cancelled");
    }
  });

  it("stops working once the interview is over", async () => {
    const team = await hiringTeam(app, deps);
    const { token } = await bookedWithLink(team, berlinAt(0, "10:00"));
    clockOffsetMs = Date.parse(berlinAt(0, "11:05")) - Date.now();
    try {
      const over = await anonymous("GET", `/api/v1/interview-links/${token}`);
      expect(over.statusCode).toBe(410);
      expect(over.json().type).toContain("interview-over");
      const move = await anonymous("POST", `/api/v1/interview-links/${token}/reschedule`, {
        start: berlinAt(1, "10:00"),
      });
      expect(move.statusCode).toBe(410);
    } finally {
      clockOffsetMs = 0;
    }
  });

  it("answers 404 to a token that is not a link, and writes nothing", async () => {
    const team = await hiringTeam(app, deps);
    const { interview, token } = await bookedWithLink(team, berlinAt(1, "14:00"));
    const forged = `${token.slice(0, -4)}AAAA`;
    for (const [method, path, body] of [
      ["GET", "", undefined],
      ["POST", "/reschedule", { start: berlinAt(1, "15:00") }],
      ["POST", "/cancel", { reason: "not mine" }],
    ] as const) {
      const response = await anonymous(method, `/api/v1/interview-links/${forged}${path}`, body);
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
    expect((await anonymous("GET", "/api/v1/interview-links/short")).statusCode).toBe(400);
    expect((await team.recruiter.get(`/api/v1/interviews/${interview.id}`)).json()).toMatchObject({
      status: "confirmed",
      sequence: 0,
    });
  });
});
