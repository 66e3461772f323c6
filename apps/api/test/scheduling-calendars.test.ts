import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { waitForMail } from "./support/outbox";
import { berlinAt, hiringTeam, monday } from "./support/scheduling-team";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

// Subscribed calendars are served from this process, so the app may reach loopback addresses here.
const { app, deps } = await startTestApp({ CALENDAR_FETCH_ALLOW_LOCAL: "true" });

const served = new Map<string, string>();
const server = createServer((request, response) => {
  const body = served.get(request.url ?? "");
  if (body === undefined) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": "text/calendar" }).end(body);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => new Promise((resolve) => server.close(resolve)));

const stamp = (iso: string) => DateTime.fromISO(iso).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
/** A Berlin wall-clock DATE-TIME of the test week, for TZID=Europe/Berlin properties. */
function berlinLocal(day: number, clock: string) {
  const [hour, minute] = clock.split(":").map(Number);
  return monday.plus({ days: day }).set({ hour, minute }).toFormat("yyyyMMdd'T'HHmmss");
}

/** A calendar with a busy meeting every weekday 10:00–12:00 Berlin, one day excepted, and a free event. */
function weeklyStandup(exceptDay: number) {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Test//EN",
    "BEGIN:VEVENT",
    "UID:standup@test",
    `DTSTAMP:${stamp(berlinAt(0, "00:00"))}`,
    `DTSTART;TZID=Europe/Berlin:${berlinLocal(0, "10:00")}`,
    `DTEND;TZID=Europe/Berlin:${berlinLocal(0, "12:00")}`,
    "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10",
    `EXDATE;TZID=Europe/Berlin:${berlinLocal(exceptDay, "10:00")}`,
    "SUMMARY:Standup",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:lunch@test",
    `DTSTAMP:${stamp(berlinAt(0, "00:00"))}`,
    `DTSTART:${stamp(berlinAt(0, "13:00"))}`,
    `DTEND:${stamp(berlinAt(0, "14:00"))}`,
    "TRANSP:TRANSPARENT",
    "SUMMARY:Lunch (free)",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

async function suggestOn(team: Awaited<ReturnType<typeof hiringTeam>>, day: number) {
  const response = await team.recruiter.post("/api/v1/scheduling/suggest", {
    applicationId: team.application.id,
    interviewerIds: [team.recruiter.id],
    durationMinutes: 60,
    stepMinutes: 60,
    windowStart: berlinAt(day, "00:00"),
    windowEnd: berlinAt(day + 1, "00:00"),
    maxResults: 20,
  });
  expect(response.statusCode).toBe(200);
  return response
    .json()
    .slots.map((s: { start: string }) => DateTime.fromISO(s.start).setZone("Europe/Berlin").toFormat("HH:mm"));
}

function upload(user: TestUser, ics: string) {
  return user.post("/api/v1/me/calendars/ics", { name: "Work", ics });
}

describe("calendar upload", () => {
  it("blocks suggestions with the imported busy time, keeping excepted and free events open", async () => {
    const team = await hiringTeam(app, deps);
    expect(await suggestOn(team, 0)).toContain("10:00");
    const uploaded = await upload(team.recruiter, weeklyStandup(2));
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({ kind: "ics-upload", name: "Work", urlHost: null });
    expect(uploaded.json().busyCount).toBe(9);

    const monday = await suggestOn(team, 0);
    expect(monday).not.toContain("10:00");
    expect(monday).not.toContain("11:00");
    expect(monday).toContain("13:00");
    expect(await suggestOn(team, 2)).toContain("10:00");

    const listed = (await team.recruiter.get("/api/v1/me/calendars")).json();
    expect(listed.items.map((c: { id: string }) => c.id)).toEqual([uploaded.json().id]);
    // Without OAuth keys (the default) there is nothing to connect.
    expect(listed.connectable).toEqual({ google: false, microsoft: false });

    const other = await signUp(app, "recruiter");
    expect((await other.delete(`/api/v1/me/calendars/${uploaded.json().id}`)).statusCode).toBe(404);
    expect((await other.post(`/api/v1/me/calendars/${uploaded.json().id}/sync`)).statusCode).toBe(404);
    expect((await other.get("/api/v1/me/calendars")).json().items).toEqual([]);

    expect((await team.recruiter.delete(`/api/v1/me/calendars/${uploaded.json().id}`)).statusCode).toBe(204);
    expect(await suggestOn(team, 0)).toContain("10:00");
  });

  it("refuses a malformed file with the line at fault and stores nothing", async () => {
    const user = await signUp(app, "recruiter");
    const broken = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VEVENT",
      "DTSTART:not-a-date",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const response = await upload(user, broken);
    expect(response.statusCode).toBe(422);
    expect(response.json().type).toMatch(/malformed-ics$/);
    expect(response.json().detail).toMatch(/line \d+/);
    expect((await user.get("/api/v1/me/calendars")).json().items).toEqual([]);
    expect((await upload(user, "")).statusCode).toBe(400);
  });
});

describe("calendar conflicts", () => {
  it("marks an interview whose participant imported a clashing meeting afterwards", async () => {
    const team = await hiringTeam(app, deps);
    const booked = await team.recruiter.post("/api/v1/interviews", {
      applicationId: team.application.id,
      interviewerIds: [team.recruiter.id, team.colleague.id],
      durationMinutes: 60,
      start: berlinAt(1, "10:00"),
    });
    expect(booked.statusCode).toBe(201);
    expect(booked.json().calendarConflicts).toEqual([]);
    expect((await upload(team.colleague, weeklyStandup(2))).statusCode).toBe(201);
    const query = `from=${encodeURIComponent(berlinAt(0, "00:00"))}&to=${encodeURIComponent(berlinAt(7, "00:00"))}`;
    const [listed] = (await team.recruiter.get(`/api/v1/interviews?${query}`)).json().items;
    expect(listed.calendarConflicts).toEqual([team.colleague.id]);
    const warning = await waitForMail(deps, team.recruiter.email, "Calendar conflict");
    expect(warning.text).toContain("now has another event");
    expect(warning.text).toContain("Times that still suit the whole panel:");
  });
});

describe("calendar subscriptions", () => {
  it("reads a subscribed address, syncs it again on demand, and hides the secret URL", async () => {
    const team = await hiringTeam(app, deps);
    const path = `/secret-${crypto.randomUUID()}/basic.ics`;
    served.set(path, weeklyStandup(2));
    const subscribed = await team.recruiter.post("/api/v1/me/calendars/subscriptions", { url: `${origin}${path}` });
    expect(subscribed.statusCode).toBe(201);
    expect(subscribed.json()).toMatchObject({ kind: "ics-url", busyCount: 9, lastError: null });
    expect(JSON.stringify(subscribed.json())).not.toContain("secret-");
    expect(await suggestOn(team, 1)).not.toContain("10:00");

    served.set(path, weeklyStandup(1));
    const synced = await team.recruiter.post(`/api/v1/me/calendars/${subscribed.json().id}/sync`);
    expect(synced.statusCode).toBe(200);
    expect(await suggestOn(team, 1)).toContain("10:00");

    served.delete(path);
    const gone = await team.recruiter.post(`/api/v1/me/calendars/${subscribed.json().id}/sync`);
    expect(gone.statusCode).toBe(422);
    expect(gone.json().type).toMatch(/calendar-unreachable$/);
    const listed = (await team.recruiter.get("/api/v1/me/calendars")).json().items[0];
    expect(listed.lastError).toMatch(/404/);
  });

  it("refuses unreachable and non-http addresses and stores nothing", async () => {
    const user = await signUp(app, "recruiter");
    const closed = await user.post("/api/v1/me/calendars/subscriptions", { url: "http://127.0.0.1:9/none.ics" });
    expect(closed.statusCode).toBe(422);
    expect(closed.json().type).toMatch(/calendar-unreachable$/);
    const ftp = await user.post("/api/v1/me/calendars/subscriptions", { url: "ftp://example.test/cal.ics" });
    expect(ftp.statusCode).toBe(400);
    expect((await user.get("/api/v1/me/calendars")).json().items).toEqual([]);
  });
});
