import { readFileSync } from "node:fs";
import { schema } from "@hirefolio/db";
import { externalCalendarScopes } from "@hirefolio/shared";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createSchedulingServices } from "../src/modules/scheduling/scheduling-services";
import { fakeOAuthProviders } from "./support/oauth-provider-fake";
import { monday } from "./support/scheduling-team";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

const clients = {
  GOOGLE_CLIENT_ID: "1234-test.apps.googleusercontent.com",
  GOOGLE_CLIENT_SECRET: "GOCSPX-test-secret",
  MICROSOFT_CLIENT_ID: "6731de76-14a6-49ae-97bc-6eba6914391e",
  MICROSOFT_CLIENT_SECRET: "test~secret",
};
const providers = await fakeOAuthProviders();
const { app, deps } = await startTestApp(clients);
const db = deps.database.db;

/** Recorded payloads are dated around Monday 2026-03-09; they are moved to the test's Monday, keeping weekdays. */
const shiftMs = monday.setZone("UTC").startOf("day").toMillis() - Date.parse("2026-03-09T00:00:00Z");
function fixture(name: string) {
  const text = readFileSync(new URL(`./fixtures/calendars/${name}.json`, import.meta.url), "utf8");
  return JSON.parse(
    text.replace(/"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z)?"/g, (_match, at: string, _fraction, zulu?: string) => {
      const moved = new Date(Date.parse(`${at}Z`) + shiftMs).toISOString().slice(0, 19);
      return zulu ? `"${moved}Z"` : `"${moved}.0000000"`;
    }),
  );
}
const google = fixture("google-freebusy");
const microsoft = fixture("microsoft-getschedule");
/** An instant from a payload: Google's carry "Z", Graph's carry no offset and are UTC as asked. */
const utc = (iso: string) => new Date(iso.endsWith("Z") ? iso : `${iso}Z`).toISOString();

type Reply = { status: number; body: object };
const requests: { url: string; headers: Record<string, string>; body: string }[] = [];

/** Answers the next requests to one provider URL in order, recording what the app sent. */
function answer(origin: string, path: string, replies: Reply[]) {
  for (const reply of replies) {
    providers.agent
      .get(origin)
      .intercept({ path, method: "POST" })
      .reply((options) => {
        requests.push({
          url: `${origin}${path}`,
          headers: options.headers as Record<string, string>,
          body: String(options.body),
        });
        return {
          statusCode: reply.status,
          data: JSON.stringify(reply.body),
          responseOptions: { headers: { "content-type": "application/json; charset=UTF-8" } },
        };
      });
  }
}

/** A linked account as better-auth stores it after linkSocial with the given scopes. */
async function linkAccount(user: TestUser, providerId: "google" | "microsoft", scope: string, expiresInMs = 3_600_000) {
  const id = crypto.randomUUID();
  await db.insert(schema.account).values({
    id,
    accountId: `${providerId}-${user.id}`,
    providerId,
    userId: user.id,
    accessToken: `${providerId}-old-access-token`,
    refreshToken: `${providerId}-refresh-token`,
    accessTokenExpiresAt: new Date(Date.now() + expiresInMs),
    scope,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  return id;
}

async function busyOf(userId: string) {
  return (
    await db
      .select()
      .from(schema.calendarBusyBlock)
      .where(eq(schema.calendarBusyBlock.userId, userId))
      .orderBy(asc(schema.calendarBusyBlock.startAt))
  ).map((b) => [b.startAt.toISOString(), b.endAt.toISOString()]);
}

const headerOf = (request: (typeof requests)[number], name: string) =>
  Object.entries(request.headers).find(([key]) => key.toLowerCase() === name)?.[1];

describe("connecting a calendar", () => {
  it("links the provider through better-auth's linkSocial, asking for the calendar scopes", async () => {
    const user = await signUp(app, "recruiter");
    for (const provider of ["google", "microsoft"] as const) {
      const started = await user.post("/api/auth/link-social", {
        provider,
        callbackURL: "/settings/calendars",
        scopes: [...externalCalendarScopes[provider]],
      });
      expect(started.statusCode).toBe(200);
      const authorization = new URL(started.json().url).searchParams;
      const scopes = authorization.get("scope")!.split(" ");
      for (const scope of externalCalendarScopes[provider]) expect(scopes).toContain(scope);
      // Without offline access Google issues no refresh token and the calendar stops syncing after an hour.
      if (provider === "google") expect(authorization.get("access_type")).toBe("offline");
    }
  });

  it("offers the providers this server has keys for", async () => {
    const user = await signUp(app, "recruiter");
    const listed = await user.get("/api/v1/me/calendars");
    expect(listed.json()).toEqual({ items: [], connectable: { google: true, microsoft: true } });
  });
});

describe("Google Calendar freeBusy", () => {
  it("connects a linked account, refreshing a refused token once, and stores the busy ranges", async () => {
    const user = await signUp(app, "recruiter");
    const accountId = await linkAccount(
      user,
      "google",
      "openid,email,profile,https://www.googleapis.com/auth/calendar.freebusy",
    );
    requests.length = 0;
    answer("https://www.googleapis.com", "/calendar/v3/freeBusy", [
      { status: 401, body: google.unauthorized },
      { status: 200, body: google.response },
    ]);
    answer("https://oauth2.googleapis.com", "/token", [{ status: 200, body: google.refreshed }]);

    const connected = await user.post("/api/v1/me/calendars/connected", { provider: "google" });
    expect(connected.statusCode).toBe(201);
    expect(connected.json()).toMatchObject({ kind: "google", name: "Google Calendar", busyCount: 2, lastError: null });

    expect(requests.map((r) => r.url)).toEqual([
      "https://www.googleapis.com/calendar/v3/freeBusy",
      "https://oauth2.googleapis.com/token",
      "https://www.googleapis.com/calendar/v3/freeBusy",
    ]);
    expect(headerOf(requests[0]!, "authorization")).toBe("Bearer google-old-access-token");
    expect(headerOf(requests[2]!, "authorization")).toBe(`Bearer ${google.refreshed.access_token}`);
    const query = JSON.parse(requests[0]!.body);
    expect(query.items).toEqual([{ id: "primary" }]);
    expect(Date.parse(query.timeMax) - Date.parse(query.timeMin)).toBeGreaterThan(150 * 86_400_000);
    const refresh = new URLSearchParams(requests[1]!.body);
    expect(Object.fromEntries(refresh)).toMatchObject({
      grant_type: "refresh_token",
      refresh_token: "google-refresh-token",
      client_id: clients.GOOGLE_CLIENT_ID,
    });

    const [stored] = await db.select().from(schema.account).where(eq(schema.account.id, accountId));
    expect(stored!.accessToken).toBe(google.refreshed.access_token);
    expect(stored!.refreshToken).toBe("google-refresh-token");
    expect(await busyOf(user.id)).toEqual(
      google.response.calendars.primary.busy.map((b: { start: string; end: string }) => [utc(b.start), utc(b.end)]),
    );
    const listed = (await user.get("/api/v1/me/calendars")).json().items;
    expect(listed.map((s: { kind: string }) => s.kind)).toContain("google");
  });

  it("records a provider error on the source when a sync fails, and keeps the last busy time", async () => {
    const user = await signUp(app, "recruiter");
    await linkAccount(user, "google", "https://www.googleapis.com/auth/calendar.freebusy");
    answer("https://www.googleapis.com", "/calendar/v3/freeBusy", [
      { status: 200, body: google.response },
      { status: 200, body: google.notFound },
    ]);
    const source = (await user.post("/api/v1/me/calendars/connected", { provider: "google" })).json();
    const failed = await user.post(`/api/v1/me/calendars/${source.id}/sync`);
    expect(failed.statusCode).toBe(422);
    expect(failed.json().detail).toContain("notFound");
    const [row] = (await user.get("/api/v1/me/calendars")).json().items;
    expect(row.lastError).toContain("notFound");
    expect(await busyOf(user.id)).toHaveLength(2);

    const other = await signUp(app, "recruiter");
    expect((await other.post(`/api/v1/me/calendars/${source.id}/sync`)).statusCode).toBe(404);
  });

  it("refuses an account that is not linked or did not grant calendar access, writing nothing", async () => {
    const unlinked = await signUp(app, "recruiter");
    const refused = await unlinked.post("/api/v1/me/calendars/connected", { provider: "google" });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().type).toContain("calendar-not-linked");

    const signInOnly = await signUp(app, "recruiter");
    await linkAccount(signInOnly, "google", "openid,email,profile");
    const noScope = await signInOnly.post("/api/v1/me/calendars/connected", { provider: "google" });
    expect(noScope.statusCode).toBe(422);
    expect(noScope.json().detail).toContain("calendar.freebusy");
    expect((await signInOnly.get("/api/v1/me/calendars")).json().items).toEqual([]);
    expect((await signInOnly.post("/api/v1/me/calendars/connected", { provider: "yahoo" })).statusCode).toBe(400);
  });
});

describe("Microsoft Graph getSchedule", () => {
  it("reads offset-less times in the zone it asked for, keeps busy, tentative and out-of-office, skips free", async () => {
    const user = await signUp(app, "recruiter");
    // Expires within the margin: refreshed before the first call, and the rotated refresh token is kept.
    const accountId = await linkAccount(
      user,
      "microsoft",
      "openid profile email Calendars.Read offline_access",
      10_000,
    );
    requests.length = 0;
    answer("https://login.microsoftonline.com", "/common/oauth2/v2.0/token", [
      { status: 200, body: microsoft.refreshed },
    ]);
    answer("https://graph.microsoft.com", "/v1.0/me/calendar/getSchedule", [{ status: 200, body: microsoft.response }]);

    const connected = await user.post("/api/v1/me/calendars/connected", { provider: "microsoft" });
    expect(connected.statusCode).toBe(201);
    expect(connected.json()).toMatchObject({ kind: "microsoft", busyCount: 3 });

    expect(requests.map((r) => r.url)).toEqual([
      "https://login.microsoftonline.com/common/oauth2/v2.0/token",
      "https://graph.microsoft.com/v1.0/me/calendar/getSchedule",
    ]);
    expect(new URLSearchParams(requests[0]!.body).get("scope")).toBe("Calendars.Read offline_access");
    const scheduleRequest = requests[1]!;
    expect(headerOf(scheduleRequest, "prefer")).toBe('outlook.timezone="UTC"');
    expect(headerOf(scheduleRequest, "authorization")).toBe(`Bearer ${microsoft.refreshed.access_token}`);
    const body = JSON.parse(scheduleRequest.body);
    expect(body.schedules).toEqual([user.email]);
    expect(body.startTime.timeZone).toBe("UTC");

    const items = microsoft.response.value[0].scheduleItems.filter((i: { status: string }) => i.status !== "free");
    expect(await busyOf(user.id)).toEqual(
      items.map((i: { start: { dateTime: string }; end: { dateTime: string } }) => [
        utc(i.start.dateTime),
        utc(i.end.dateTime),
      ]),
    );
    const [stored] = await db.select().from(schema.account).where(eq(schema.account.id, accountId));
    expect(stored!.refreshToken).toBe(microsoft.refreshed.refresh_token);
  });

  it("is synced by the same hourly job as subscribed addresses", async () => {
    const user = await signUp(app, "recruiter");
    await linkAccount(user, "microsoft", "Calendars.Read offline_access");
    answer("https://graph.microsoft.com", "/v1.0/me/calendar/getSchedule", [
      { status: 200, body: microsoft.response },
      { status: 200, body: { value: [{ ...microsoft.response.value[0], scheduleItems: [] }] } },
    ]);
    const source = (await user.post("/api/v1/me/calendars/connected", { provider: "microsoft" })).json();
    expect(await busyOf(user.id)).toHaveLength(3);
    await createSchedulingServices(deps).calendars.runScheduledSync({ sourceId: source.id });
    expect(await busyOf(user.id)).toEqual([]);
  });
});
