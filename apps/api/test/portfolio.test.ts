import { schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startGithubFake } from "./support/github-fake";
import { recruiterWithJob, signUp, startTestApp, type TestUser } from "./support/test-app";
import { waitFor } from "./support/wait-for";

// Saving a GitHub username queues a stats fetch: it goes to a local fake (every user unknown there), not GitHub.
const github = await startGithubFake();
afterAll(() => github.close());
const { app, deps } = await startTestApp({ GITHUB_API_URL: github.url });

// Views count once per visitor and UTC day; the test moves the app clock a day forward to see a repeat count again.
let clockOffsetMs = 0;
const clockSpy = vi.spyOn(deps.clock, "now").mockImplementation(() => new Date(Date.now() + clockOffsetMs));
afterAll(() => clockSpy.mockRestore());

const put = (user: TestUser, url: string, payload: unknown) => user.request("PUT", url, payload);

function visit(url: string, visitor: { ip: string; userAgent: string }, cookie?: string) {
  return app.inject({
    method: "GET",
    url,
    headers: { "x-forwarded-for": visitor.ip, "user-agent": visitor.userAgent, ...(cookie ? { cookie } : {}) },
  });
}

async function viewEvents(ownerId: string) {
  return deps.database.db
    .select({
      type: schema.event.type,
      feature: schema.event.feature,
      visitorKey: schema.event.visitorKey,
      actorId: schema.event.actorId,
      organizationId: schema.event.organizationId,
    })
    .from(schema.event)
    .where(eq(schema.event.subjectId, ownerId));
}

async function candidateWithPortfolio(name: string, settings: Record<string, unknown> = {}) {
  const user = await signUp(app, "candidate", { name });
  const created = await user.get("/api/v1/me/portfolio");
  expect(created.statusCode, created.body).toBe(200);
  if (Object.keys(settings).length > 0) {
    const updated = await put(user, "/api/v1/me/portfolio", settings);
    expect(updated.statusCode, updated.body).toBe(200);
    return { user, settings: updated.json() };
  }
  return { user, settings: created.json() };
}

/** The token with its last character changed, so it is always wrong. */
const wrongToken = (token: string) => `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;

const alice = { ip: "203.0.113.10", userAgent: "Mozilla/5.0 (X11; Linux) Firefox/140" };
const bob = { ip: "198.51.100.7", userAgent: "Mozilla/5.0 (Macintosh) Safari/18" };

describe("portfolio settings", () => {
  it("are created private on first read with a handle from the name, unique with a numeric suffix", async () => {
    const first = await candidateWithPortfolio("Grace Brewster Hopper");
    expect(first.settings).toMatchObject({
      handle: "grace-brewster-hopper",
      theme: "minimal",
      visibility: "private",
      bio: "",
      githubUsername: null,
    });
    expect(Buffer.from(first.settings.unlistedToken, "base64url")).toHaveLength(16);
    const second = await candidateWithPortfolio("Grace  Brewster HOPPER");
    expect(second.settings.handle).toBe("grace-brewster-hopper-2");
    const reserved = await candidateWithPortfolio("Admin");
    expect(reserved.settings.handle).toBe("admin-folio");
    // A second read returns the same portfolio rather than creating another.
    expect((await first.user.get("/api/v1/me/portfolio")).json().unlistedToken).toBe(first.settings.unlistedToken);
  });

  it("change handle, theme, visibility, bio and links; a taken handle is a 409, a reserved one a 400", async () => {
    const { user } = await candidateWithPortfolio("Katherine Johnson");
    const other = await candidateWithPortfolio("Dorothy Vaughan");
    const updated = await put(user, "/api/v1/me/portfolio", {
      handle: "  Kat-Johnson ",
      theme: "developer",
      visibility: "unlisted",
      bio: "Orbital **mechanics**. <script>alert(1)</script>",
      githubUsername: "kat-johnson",
      linkedinUrl: "https://www.linkedin.com/in/katjohnson",
      websiteUrl: "https://kat.example.com",
    });
    expect(updated.statusCode, updated.body).toBe(200);
    const settings = updated.json();
    expect(settings).toMatchObject({ handle: "kat-johnson", theme: "developer", visibility: "unlisted" });
    expect(settings.publicPath).toBe(`/p/kat-johnson?token=${settings.unlistedToken}`);
    expect(settings.bioHtml).toContain("<strong>mechanics</strong>");
    expect(settings.bioHtml).not.toContain("<script");

    const taken = await put(user, "/api/v1/me/portfolio", { handle: other.settings.handle });
    expect(taken.statusCode).toBe(409);
    expect(taken.headers["content-type"]).toContain("application/problem+json");
    const reserved = await put(user, "/api/v1/me/portfolio", { handle: "settings" });
    expect(reserved.statusCode).toBe(400);
    expect(reserved.json().errors).toEqual([{ field: "handle", message: expect.stringContaining("reserved") }]);
    expect((await user.get("/api/v1/me/portfolio")).json().handle).toBe("kat-johnson");

    // Null clears a link; other fields stay.
    const cleared = (await put(user, "/api/v1/me/portfolio", { websiteUrl: null })).json();
    expect(cleared).toMatchObject({ websiteUrl: null, githubUsername: "kat-johnson", theme: "developer" });
  });

  it.each([
    ["websiteUrl", "http://kat.example.com"],
    ["websiteUrl", "javascript:alert(1)"],
    ["linkedinUrl", "https://linkedin.evil.example/in/kat"],
    ["linkedinUrl", "http://www.linkedin.com/in/kat"],
    ["githubUsername", "-kat"],
    ["githubUsername", "kat--johnson"],
    ["githubUsername", "kat_johnson"],
    ["handle", "ab"],
    ["handle", "kat_johnson"],
    ["theme", "neon"],
    ["visibility", "friends"],
  ])("refuses %s = %s with a field error", async (field, value) => {
    const { user } = await candidateWithPortfolio("Mary Jackson");
    const response = await put(user, "/api/v1/me/portfolio", { [field]: value });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors[0].field).toBe(`body.${field}`);
  });

  it("regenerates the unlisted link so the old one stops working", async () => {
    const { user, settings } = await candidateWithPortfolio("Annie Easley", { visibility: "unlisted" });
    const oldUrl = `/api/v1/portfolios/${settings.handle}?token=${settings.unlistedToken}`;
    expect((await visit(oldUrl, alice)).statusCode).toBe(200);
    const fresh = (await user.post("/api/v1/me/portfolio/regenerate-link")).json();
    expect(fresh.unlistedToken).not.toBe(settings.unlistedToken);
    expect((await visit(oldUrl, alice)).statusCode).toBe(404);
    expect((await visit(`/api/v1/portfolios/${settings.handle}?token=${fresh.unlistedToken}`, alice)).statusCode).toBe(
      200,
    );
  });

  it("needs a session", async () => {
    expect((await app.inject({ method: "GET", url: "/api/v1/me/portfolio" })).statusCode).toBe(401);
  });
});

describe("projects", () => {
  const project = {
    title: "Apollo guidance",
    role: "Lead",
    startDate: "2019",
    endDate: "2021-06",
    description:
      "Built **fast** paths. [docs](https://example.com/docs) [bad](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n\n<b>raw</b>",
    tags: [" TypeScript ", "typescript", "PostgreSQL", "  "].filter((tag) => tag.trim() !== "").concat("Rust"),
    links: [{ label: "Code", url: "https://github.com/example/apollo" }],
  };

  it("are created with rendered, inert Markdown and cleaned tags", async () => {
    const { user } = await candidateWithPortfolio("Margaret Hamilton");
    const response = await user.post("/api/v1/me/portfolio/projects", project);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created.tags).toEqual(["TypeScript", "PostgreSQL", "Rust"]);
    expect(created.descriptionHtml).toContain("<strong>fast</strong>");
    expect(created.descriptionHtml).toContain('<a href="https://example.com/docs" rel="nofollow noopener"');
    expect(created.descriptionHtml).not.toMatch(/<img|<b>|<script|href="javascript/i);
    expect(created.descriptionHtml).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(created.description).toBe(project.description);
  });

  it.each([
    [{ startDate: "2021-13" }, "body.startDate"],
    [{ startDate: "21" }, "body.startDate"],
    [{ startDate: "2022", endDate: "2021-12" }, "body.endDate"],
    [{ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, "body.tags"],
    [{ links: Array.from({ length: 11 }, (_, i) => ({ label: `l${i}`, url: "https://example.com" })) }, "body.links"],
    [{ links: [{ label: "x", url: "javascript:alert(1)" }] }, "body.links.0.url"],
    [{ links: [{ label: "x", url: "ftp://example.com" }] }, "body.links.0.url"],
    [{ title: "" }, "body.title"],
  ])("refuses %j", async (change, field) => {
    const { user } = await candidateWithPortfolio("Frances Allen");
    const response = await user.post("/api/v1/me/portfolio/projects", { ...project, ...change });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("are updated, reordered with every id once, and deleted", async () => {
    const { user } = await candidateWithPortfolio("Radia Perlman");
    const ids: string[] = [];
    for (const title of ["One", "Two", "Three"]) {
      ids.push((await user.post("/api/v1/me/portfolio/projects", { title })).json().id);
    }
    const patched = await user.patch(`/api/v1/me/portfolio/projects/${ids[1]}`, { role: "Author", endDate: "2020" });
    expect(patched.json()).toMatchObject({ title: "Two", role: "Author", endDate: "2020" });
    const before = await user.patch(`/api/v1/me/portfolio/projects/${ids[1]}`, { startDate: "2021-03" });
    expect(before.statusCode).toBe(400);

    const reordered = await put(user, "/api/v1/me/portfolio/projects/order", { ids: [ids[2], ids[0], ids[1]] });
    expect(reordered.statusCode, reordered.body).toBe(200);
    expect(reordered.json().items.map((p: { title: string }) => p.title)).toEqual(["Three", "One", "Two"]);
    for (const bad of [
      [ids[0], ids[1]],
      [ids[0], ids[1], ids[1]],
      [ids[0], ids[1], "someone-elses"],
    ]) {
      expect((await put(user, "/api/v1/me/portfolio/projects/order", { ids: bad })).statusCode).toBe(400);
    }
    expect((await user.delete(`/api/v1/me/portfolio/projects/${ids[0]}`)).statusCode).toBe(204);
    const left = (await user.get("/api/v1/me/portfolio/projects")).json().items;
    expect(left.map((p: { title: string }) => p.title)).toEqual(["Three", "Two"]);
  });
});

describe("code snippets", () => {
  const code =
    'const greet = (name: string) => "hi " + name;\n// </script><script>alert(1)</script>\nconsole.log(greet("Ada"));';

  it("are highlighted on write with marked lines and no script", async () => {
    const { user } = await candidateWithPortfolio("Barbara Liskov");
    const response = await user.post("/api/v1/me/portfolio/snippets", {
      title: "Greeting",
      language: "typescript",
      code,
      highlightLines: [3, 1, 3],
    });
    expect(response.statusCode, response.body).toBe(201);
    const snippet = response.json();
    expect(snippet.highlightLines).toEqual([1, 3]);
    expect(snippet.html).toMatch(/^<pre class="shiki shiki-themes github-light github-dark"/);
    expect(snippet.html).not.toMatch(/<script/i);
    const lines = snippet.html.match(/<span class="line[^"]*">/g);
    expect(lines).toEqual([
      '<span class="line highlighted">',
      '<span class="line">',
      '<span class="line highlighted">',
    ]);

    const changed = await user.patch(`/api/v1/me/portfolio/snippets/${snippet.id}`, {
      language: "python",
      highlightLines: [2],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().html.match(/<span class="line[^"]*">/g)).toEqual([
      '<span class="line">',
      '<span class="line highlighted">',
      '<span class="line">',
    ]);
    expect(changed.json().code).toBe(code);
  });

  it.each([
    [{ language: "brainfuck" }, "body.language"],
    [{ highlightLines: [4] }, "highlightLines"],
    [{ highlightLines: [0] }, "body.highlightLines.0"],
    [{ code: "x".repeat(20_001) }, "body.code"],
    [{ code: "x\n".repeat(400) }, "body.code"],
    [{ code: "" }, "body.code"],
  ])("refuses %#", async (change, field) => {
    const { user } = await candidateWithPortfolio("Adele Goldberg");
    const response = await user.post("/api/v1/me/portfolio/snippets", { language: "go", code: "a\nb\nc", ...change });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors[0].field).toBe(field);
  });
});

describe("another user", () => {
  it("cannot read, change or delete your projects, snippets and media, nor attach to your project", async () => {
    const { user: owner } = await candidateWithPortfolio("Owner Olga");
    const { user: other } = await candidateWithPortfolio("Other Otto");
    const project = (await owner.post("/api/v1/me/portfolio/projects", { title: "Mine" })).json();
    const snippet = (
      await owner.post("/api/v1/me/portfolio/snippets", { language: "go", code: "package main" })
    ).json();

    expect((await other.get(`/api/v1/me/portfolio/projects/${project.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/v1/me/portfolio/projects/${project.id}`, { title: "Stolen" })).statusCode).toBe(
      404,
    );
    expect((await other.delete(`/api/v1/me/portfolio/projects/${project.id}`)).statusCode).toBe(404);
    expect((await put(other, "/api/v1/me/portfolio/projects/order", { ids: [project.id] })).statusCode).toBe(400);
    expect((await other.get(`/api/v1/me/portfolio/snippets/${snippet.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/v1/me/portfolio/snippets/${snippet.id}`, { code: "x" })).statusCode).toBe(404);
    expect((await other.delete(`/api/v1/me/portfolio/snippets/${snippet.id}`)).statusCode).toBe(404);
    const attach = await other.post("/api/v1/me/portfolio/snippets", {
      language: "go",
      code: "x",
      projectId: project.id,
    });
    expect(attach.statusCode).toBe(404);
    expect((await other.get("/api/v1/me/portfolio/projects")).json().items).toEqual([]);
    expect((await other.get("/api/v1/me/portfolio/snippets")).json().items).toEqual([]);

    expect((await owner.get(`/api/v1/me/portfolio/projects/${project.id}`)).json().title).toBe("Mine");
    expect((await owner.get(`/api/v1/me/portfolio/snippets/${snippet.id}`)).json().code).toBe("package main");
  });
});

describe("public portfolio", () => {
  it("shows a public page with projects, snippets, owner facts and earned badges in one response", async () => {
    const { user, settings } = await candidateWithPortfolio("Hedy Lamarr", {
      visibility: "public",
      theme: "designer",
      bio: "Inventor. [site](https://hedy.example.com)",
      githubUsername: "hedy",
    });
    await put(user, "/api/v1/me/profile", { headline: "Inventor", location: "Vienna" });
    const project = (
      await user.post("/api/v1/me/portfolio/projects", { title: "Frequency hopping", tags: ["Radio"] })
    ).json();
    await user.post("/api/v1/me/portfolio/snippets", {
      language: "python",
      code: "print('hop')",
      projectId: project.id,
    });
    await user.post("/api/v1/me/portfolio/snippets", { language: "bash", code: "echo solo" });

    // Publishing a project earns a badge through a queued evaluation; the page shows it once the job has run.
    const response = await waitFor(
      () => visit(`/api/v1/portfolios/${settings.handle.toUpperCase()}`, alice),
      (r) => r.json().badges?.length > 0,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["cache-control"]).toBe("private, no-store");
    const page = response.json();
    expect(page).toMatchObject({
      handle: settings.handle,
      theme: "designer",
      owner: { name: "Hedy Lamarr", avatarUrl: null },
      links: { github: "https://github.com/hedy", githubUsername: "hedy", linkedin: null, website: null },
      video: null,
      badges: [{ badge: "portfolio-published", name: "Portfolio live" }],
      testimonials: [],
      workSamples: [],
    });
    expect(page.bioHtml).toContain('href="https://hedy.example.com"');
    expect(page.projects).toHaveLength(1);
    expect(page.projects[0]).toMatchObject({ title: "Frequency hopping", tags: ["Radio"], media: [] });
    expect(page.projects[0].snippets[0].html).toContain("hop");
    expect(page.snippets.map((s: { code: string }) => s.code)).toEqual(["echo solo"]);
    // Nothing about the account leaks: no email, no user id, no unlisted token.
    expect(response.body).not.toContain(user.email);
    expect(response.body).not.toContain(user.id);
    expect(response.body).not.toContain(settings.unlistedToken);
  });

  it("answers 404 alike for private pages, unlisted ones without the right token and unknown handles", async () => {
    const { user: privateOwner, settings: privateSettings } = await candidateWithPortfolio("Private Pat");
    const { settings: unlisted } = await candidateWithPortfolio("Unlisted Uma", { visibility: "unlisted" });
    const stranger = await signUp(app, "candidate");
    const responses = [
      await visit(`/api/v1/portfolios/${privateSettings.handle}`, alice),
      await visit(`/api/v1/portfolios/${privateSettings.handle}?token=${privateSettings.unlistedToken}`, alice),
      await visit(`/api/v1/portfolios/${privateSettings.handle}`, alice, stranger.cookie),
      await visit(`/api/v1/portfolios/${unlisted.handle}`, alice),
      await visit(`/api/v1/portfolios/${unlisted.handle}?token=${wrongToken(unlisted.unlistedToken)}`, alice),
      await visit("/api/v1/portfolios/nobody-has-this-handle", alice),
    ];
    for (const response of responses) {
      expect(response.statusCode).toBe(404);
      expect(response.json().title).toBe("Portfolio not found");
    }
    expect(
      (await visit(`/api/v1/portfolios/${unlisted.handle}?token=${unlisted.unlistedToken}`, alice)).statusCode,
    ).toBe(200);
    // The owner always sees their page: through the preview, and through the public address when signed in.
    expect((await privateOwner.get("/api/v1/me/portfolio/preview")).json().handle).toBe(privateSettings.handle);
    expect((await visit(`/api/v1/portfolios/${privateSettings.handle}`, alice, privateOwner.cookie)).statusCode).toBe(
      200,
    );
  });

  it("records one view per visitor and day, with the employer of a signed-in recruiter, never the owner", async () => {
    const { user: owner, settings } = await candidateWithPortfolio("Counted Carla", { visibility: "public" });
    const url = `/api/v1/portfolios/${settings.handle}`;
    await visit(url, alice);
    await visit(url, alice);
    await visit(url, bob);
    await visit(url, alice, owner.cookie);
    await owner.get("/api/v1/me/portfolio/preview");
    let events = await viewEvents(owner.id);
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.type === "portfolio.view" && e.feature === "video_portfolio")).toBe(true);
    expect(new Set(events.map((e) => e.visitorKey)).size).toBe(2);
    expect(events.map((e) => e.visitorKey).join()).not.toContain(alice.ip);

    const { recruiter, employer } = await recruiterWithJob(app);
    await visit(url, { ip: "192.0.2.55", userAgent: "Recruiter browser" }, recruiter.cookie);
    events = await viewEvents(owner.id);
    expect(events).toHaveLength(3);
    expect(events.find((e) => e.actorId === recruiter.id)).toMatchObject({ organizationId: employer.id });

    clockOffsetMs = 24 * 60 * 60 * 1000;
    try {
      await visit(url, alice);
      expect(await viewEvents(owner.id)).toHaveLength(4);
    } finally {
      clockOffsetMs = 0;
    }
  });
});
