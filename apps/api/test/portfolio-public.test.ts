import { schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import QRCode from "qrcode";
import { afterAll, describe, expect, it, vi } from "vitest";
import { recruiterWithJob, signUp, startTestApp, type TestUser } from "./support/test-app";

const { app, deps } = await startTestApp();

// Events count once per visitor and UTC day; tests move the app clock to put visits on other days.
let clockOffsetMs = 0;
const clockSpy = vi.spyOn(deps.clock, "now").mockImplementation(() => new Date(Date.now() + clockOffsetMs));
afterAll(() => clockSpy.mockRestore());
const dayMs = 24 * 60 * 60 * 1000;

const alice = { ip: "203.0.113.10", userAgent: "Mozilla/5.0 (X11; Linux) Firefox/140" };
const bob = { ip: "198.51.100.7", userAgent: "Mozilla/5.0 (Macintosh) Safari/18" };
type Visitor = typeof alice;

const projectLink = "https://github.com/ada/engine";
const website = "https://ada.example.com";

/** A browser on the page: same-origin, with the visitor's address and user agent. */
function send(handle: string, event: object, visitor: Visitor, options: { token?: string; cookie?: string } = {}) {
  const query = options.token ? `?token=${options.token}` : "";
  return app.inject({
    method: "POST",
    url: `/api/v1/portfolios/${handle}/events${query}`,
    headers: {
      origin: "http://localhost:3000",
      "x-forwarded-for": visitor.ip,
      "user-agent": visitor.userAgent,
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    payload: event,
  });
}

function view(handle: string, visitor: Visitor, cookie?: string) {
  return app.inject({
    method: "GET",
    url: `/api/v1/portfolios/${handle}`,
    headers: { "x-forwarded-for": visitor.ip, "user-agent": visitor.userAgent, ...(cookie ? { cookie } : {}) },
  });
}

async function pageEvents(ownerId: string) {
  return deps.database.db
    .select({
      type: schema.event.type,
      feature: schema.event.feature,
      visitorKey: schema.event.visitorKey,
      actorId: schema.event.actorId,
      organizationId: schema.event.organizationId,
      properties: schema.event.properties,
    })
    .from(schema.event)
    .where(eq(schema.event.subjectId, ownerId));
}

/** A candidate with a page of the given visibility, a website and a project linking to its repository. */
async function candidatePage(name: string, visibility: "public" | "unlisted" | "private") {
  const user = await signUp(app, "candidate", { name });
  const settings = await user.request("PUT", "/api/v1/me/portfolio", { visibility, websiteUrl: website });
  expect(settings.statusCode, settings.body).toBe(200);
  const project = await user.post("/api/v1/me/portfolio/projects", {
    title: "Engine",
    links: [{ label: "Source", url: projectLink }],
  });
  expect(project.statusCode, project.body).toBe(201);
  return { user, ...(settings.json() as { handle: string; unlistedToken: string }) };
}

const analytics = async (user: TestUser, days = 30) => {
  const response = await user.get(`/api/v1/me/portfolio/analytics?days=${days}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe("page events", () => {
  it("records plays, completions and clicks once per visitor, day, type and link, keyed like the view", async () => {
    const { user, handle } = await candidatePage("Ada Events", "public");
    await view(handle, alice);
    for (const event of [
      { type: "video_play" },
      { type: "video_play" },
      { type: "video_complete" },
      { type: "link_click", target: projectLink },
      { type: "link_click", target: projectLink },
      { type: "link_click", target: website },
    ]) {
      expect((await send(handle, event, alice)).statusCode).toBe(204);
    }
    const events = await pageEvents(user.id);
    expect(events.map((e) => e.type).sort()).toEqual([
      "portfolio.link_click",
      "portfolio.link_click",
      "portfolio.video_complete",
      "portfolio.video_play",
      "portfolio.view",
    ]);
    expect(events.every((e) => e.feature === "video_portfolio")).toBe(true);
    // One visitor, one key: the view and the plays can be joined per visitor, and the address is not stored.
    expect(new Set(events.map((e) => e.visitorKey)).size).toBe(1);
    expect(JSON.stringify(events)).not.toContain(alice.ip);
    expect(
      events
        .filter((e) => e.type === "portfolio.link_click")
        .map((e) => e.properties.target)
        .sort(),
    ).toEqual([website, projectLink].sort());

    expect((await send(handle, { type: "video_play" }, bob)).statusCode).toBe(204);
    clockOffsetMs = dayMs;
    try {
      expect((await send(handle, { type: "video_play" }, alice)).statusCode).toBe(204);
    } finally {
      clockOffsetMs = 0;
    }
    expect((await pageEvents(user.id)).filter((e) => e.type === "portfolio.video_play")).toHaveLength(3);
  });

  it("refuses malformed events and links the page does not have", async () => {
    const { user, handle } = await candidatePage("Ada Refuses", "public");
    const refused = [
      [{ type: "video_pause" }, 400],
      [{ type: "link_click" }, 400],
      [{ type: "video_play", target: projectLink }, 400],
      [{ type: "link_click", target: "javascript:alert(1)" }, 400],
      [{ type: "link_click", target: "https://evil.example.com/spam" }, 422],
    ] as const;
    for (const [event, status] of refused) {
      const response = await send(handle, event, alice);
      expect(response.statusCode, JSON.stringify(event)).toBe(status);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
    expect(await pageEvents(user.id)).toEqual([]);
  });

  it("answers 404 where the page would: private, unlisted without its token, unknown handles", async () => {
    const priv = await candidatePage("Ada Private", "private");
    const unlisted = await candidatePage("Ada Unlisted", "unlisted");
    expect((await send(priv.handle, { type: "video_play" }, alice)).statusCode).toBe(404);
    expect((await send(unlisted.handle, { type: "video_play" }, alice)).statusCode).toBe(404);
    expect((await send(unlisted.handle, { type: "video_play" }, alice, { token: "wrong" })).statusCode).toBe(404);
    expect((await send("nobody-here", { type: "video_play" }, alice)).statusCode).toBe(404);
    expect(
      (await send(unlisted.handle, { type: "video_play" }, alice, { token: unlisted.unlistedToken })).statusCode,
    ).toBe(204);
    expect(await pageEvents(priv.user.id)).toEqual([]);
    expect(await pageEvents(unlisted.user.id)).toHaveLength(1);
  });

  it("attributes a signed-in recruiter to their employer and never counts the owner", async () => {
    const { user, handle } = await candidatePage("Ada Attributed", "public");
    expect((await send(handle, { type: "video_play" }, alice, { cookie: user.cookie })).statusCode).toBe(204);
    expect(await pageEvents(user.id)).toEqual([]);
    const { recruiter, employer } = await recruiterWithJob(app);
    await send(handle, { type: "link_click", target: website }, bob, { cookie: recruiter.cookie });
    expect(await pageEvents(user.id)).toEqual([
      expect.objectContaining({ type: "portfolio.link_click", actorId: recruiter.id, organizationId: employer.id }),
    ]);
  });

  it("is rate-limited per address", async () => {
    const { handle } = await candidatePage("Ada Limited", "public");
    const flood = { ip: "192.0.2.77", userAgent: "flood" };
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await send(handle, { type: "video_play" }, flood)).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 204)).toBe(true);
    expect(statuses[60]).toBe(429);
    expect((await send(handle, { type: "video_play" }, { ip: "192.0.2.78", userAgent: "other" })).statusCode).toBe(204);
  });
});

describe("QR code", () => {
  const qr = (handle: string, query = "", cookie?: string) =>
    app.inject({
      method: "GET",
      url: `/api/v1/portfolios/${handle}/qr.svg${query}`,
      headers: cookie ? { cookie } : {},
    });
  const expected = (url: string) => QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });

  it("encodes the public page's address", async () => {
    const { handle } = await candidatePage("Ada Qr", "public");
    const response = await qr(handle);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("image/svg+xml");
    expect(response.body).toBe(await expected(`http://localhost:3000/p/${handle}`));
  });

  it("carries the token of an unlisted page, and is only given with it (or to the owner)", async () => {
    const { user, handle, unlistedToken } = await candidatePage("Ada Qr Unlisted", "unlisted");
    const withToken = await expected(`http://localhost:3000/p/${handle}?token=${unlistedToken}`);
    expect((await qr(handle)).statusCode).toBe(404);
    expect((await qr(handle, "?token=nope")).statusCode).toBe(404);
    expect((await qr(handle, `?token=${unlistedToken}`)).body).toBe(withToken);
    expect((await qr(handle, "", user.cookie)).body).toBe(withToken);
  });

  it("is never given for a private page, not even to its owner", async () => {
    const { user, handle } = await candidatePage("Ada Qr Private", "private");
    expect((await qr(handle)).statusCode).toBe(404);
    expect((await qr(handle, "", user.cookie)).statusCode).toBe(404);
  });
});

describe("share card", () => {
  it("shows public pages only and does not count as a view", async () => {
    const pub = await candidatePage("Ada Card", "public");
    const card = await app.inject({ method: "GET", url: `/api/v1/portfolios/${pub.handle}/card` });
    expect(card.statusCode).toBe(200);
    expect(card.json()).toEqual({
      handle: pub.handle,
      theme: "minimal",
      name: "Ada Card",
      headline: "",
      avatarUrl: null,
    });
    expect(await pageEvents(pub.user.id)).toEqual([]);
    for (const visibility of ["unlisted", "private"] as const) {
      const hidden = await candidatePage(`Ada Card ${visibility}`, visibility);
      expect((await app.inject({ method: "GET", url: `/api/v1/portfolios/${hidden.handle}/card` })).statusCode).toBe(
        404,
      );
    }
  });
});

describe("owner analytics", () => {
  it("sums views per day, plays, completion rate, clicks by link and employer viewers", async () => {
    const { user, handle } = await candidatePage("Ada Figures", "public");
    const { recruiter, employer } = await recruiterWithJob(app);
    clockOffsetMs = -2 * dayMs;
    try {
      await view(handle, alice);
      await send(handle, { type: "video_play" }, alice);
    } finally {
      clockOffsetMs = 0;
    }
    await view(handle, alice);
    await view(handle, bob);
    await view(handle, { ip: "192.0.2.9", userAgent: "Recruiter" }, recruiter.cookie);
    await view(handle, alice, user.cookie);
    await send(handle, { type: "video_play" }, bob);
    await send(handle, { type: "video_complete" }, bob);
    await send(handle, { type: "link_click", target: projectLink }, alice);
    await send(handle, { type: "link_click", target: projectLink }, bob);
    await send(handle, { type: "link_click", target: website }, bob);

    const figures = await analytics(user, 7);
    expect(figures.viewsPerDay).toHaveLength(7);
    expect(figures.to).toBe(new Date().toISOString().slice(0, 10));
    expect(figures.viewsPerDay.at(-1)).toEqual({ date: figures.to, views: 3 });
    expect(figures.viewsPerDay.at(-3).views).toBe(1);
    expect(figures.viewsPerDay.map((d: { views: number }) => d.views).reduce((a: number, b: number) => a + b)).toBe(4);
    expect(figures.totals).toEqual({ views: 4, plays: 2, completions: 1, completionRate: 0.5, linkClicks: 3 });
    expect(figures.linkClicks).toEqual([
      { target: projectLink, clicks: 2 },
      { target: website, clicks: 1 },
    ]);
    expect(figures.employerViewers).toEqual([
      { organizationId: employer.id, name: employer.name, views: 1, lastViewedAt: expect.any(String) },
    ]);

    // A one-day window leaves the visit two days ago out.
    expect((await analytics(user, 1)).totals).toMatchObject({ views: 3, plays: 1 });
  });

  it("shows each owner only their own page, and needs a signed-in user and a sane range", async () => {
    const { handle } = await candidatePage("Ada Private Figures", "public");
    await view(handle, alice);
    const stranger = await signUp(app, "candidate");
    const theirs = await analytics(stranger);
    expect(theirs.totals).toEqual({ views: 0, plays: 0, completions: 0, completionRate: null, linkClicks: 0 });
    expect(theirs.viewsPerDay).toHaveLength(30);
    expect((await app.inject({ method: "GET", url: "/api/v1/me/portfolio/analytics" })).statusCode).toBe(401);
    for (const days of ["0", "366", "abc"]) {
      expect((await stranger.get(`/api/v1/me/portfolio/analytics?days=${days}`)).statusCode).toBe(400);
    }
  });
});
