import { describe, expect, it } from "vitest";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

const { app } = await startTestApp();
// The index takes 1–2 s to build: build it once here, as the server does at start, not inside the first test.
await app.warmUp();

const WEB_DEVELOPERS = "15-1254.00";
const WEB_INTERFACE_DESIGNERS = "15-1255.00";
const SOFTWARE_DEVELOPERS = "15-1252.00";
const REGISTERED_NURSES = "29-1141.00";
const NURSE_PRACTITIONERS = "29-1171.00";

const starAnswer =
  "Last year our team was missing its release dates. My goal was to get the monthly release back on time. " +
  "I set up a release checklist in Jira, I paired with each developer on the riskiest changes and I ran a short " +
  "review every Friday. As a result we shipped 6 releases in a row on time and cut rollbacks by 40%.";

async function candidate() {
  return signUp(app, "candidate");
}

async function resumeWithSkills(owner: TestUser, keywords: string[]) {
  const response = await owner.post("/api/v1/resumes", {
    title: "Career change",
    document: { basics: { name: "Casey Candidate" }, skills: [{ name: "Engineering", keywords }] },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

describe("GET /api/v1/career/occupations", () => {
  it("matches free-text titles to O*NET occupations and cites O*NET", async () => {
    const user = await candidate();
    const frontend = await user.get("/api/v1/career/occupations?q=sr.%20frontend%20dev");
    expect(frontend.statusCode).toBe(200);
    const top3 = frontend
      .json()
      .items.slice(0, 3)
      .map((m: { code: string }) => m.code);
    expect(top3.some((code: string) => code === WEB_DEVELOPERS || code === WEB_INTERFACE_DESIGNERS)).toBe(true);
    expect(frontend.json().source).toMatchObject({ dataset: "O*NET 29.3", period: "May 2025" });

    const nurse = (await user.get("/api/v1/career/occupations?q=RN&limit=3")).json();
    expect(nurse.items[0].code).toBe(REGISTERED_NURSES);
    expect(nurse.items.length).toBeLessThanOrEqual(3);
  });

  it("refuses an empty, blank or overlong query and a bad limit", async () => {
    const user = await candidate();
    for (const query of ["q=", "q=%20%20", `q=${"a".repeat(121)}`, "", "q=nurse&limit=0", "q=nurse&limit=26"]) {
      const response = await user.get(`/api/v1/career/occupations?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
  });

  it("describes one occupation with its top skills, technologies and BLS wages", async () => {
    const user = await candidate();
    const response = await user.get(`/api/v1/career/occupations/${SOFTWARE_DEVELOPERS}`);
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.title).toBe("Software Developers");
    expect(detail.jobZone).toBeGreaterThanOrEqual(4);
    expect(detail.skills.length).toBeGreaterThan(0);
    expect(detail.skills.length).toBeLessThanOrEqual(10);
    expect(detail.skills[0].importance).toBeGreaterThanOrEqual(detail.skills.at(-1).importance);
    expect(detail.technologies.length).toBeLessThanOrEqual(15);
    expect(detail.related.length).toBeGreaterThan(0);
    expect(detail.wages.source).toMatchObject({ dataset: "BLS OEWS", period: "May 2024" });
    expect(detail.wages.annual.find((p: { percentile: number }) => p.percentile === 50).value).toBeGreaterThan(50_000);
    expect(response.body.length).toBeLessThan(20_000);
  });

  it("answers 404 for an unknown code and 400 for a malformed one", async () => {
    const user = await candidate();
    const unknown = await user.get("/api/v1/career/occupations/99-9999.99");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toContain("99-9999.99");
    expect((await user.get("/api/v1/career/occupations/15-1252")).statusCode).toBe(400);
  });
});

describe("POST /api/v1/career/skill-gap", () => {
  it("resolves a title, ranks the gaps and counts the skills the person names as covered", async () => {
    const user = await candidate();
    const response = await user.post("/api/v1/career/skill-gap", { from: "registered nurse", to: NURSE_PRACTITIONERS });
    expect(response.statusCode).toBe(200);
    const gap = response.json();
    expect(gap.from).toMatchObject({ code: REGISTERED_NURSES });
    expect(gap.from.matchedTitle).toBeTruthy();
    expect(gap.to.code).toBe(NURSE_PRACTITIONERS);
    expect(gap.gaps.length).toBeGreaterThan(0);
    const priorities = gap.gaps.map((g: { priority: number }) => g.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(gap.sources.map((s: { dataset: string }) => s.dataset)).toEqual(["O*NET 29.3", "ESCO"]);

    const biggest = gap.gaps[0].name;
    const named = (
      await user.post("/api/v1/career/skill-gap", {
        from: REGISTERED_NURSES,
        to: NURSE_PRACTITIONERS,
        skills: [biggest],
      })
    ).json();
    expect(named.from.matchedTitle).toBeNull();
    expect(named.gaps.map((g: { name: string }) => g.name)).not.toContain(biggest);
    expect(named.covered.map((g: { name: string }) => g.name)).toContain(biggest);
    expect(named.readiness).toBeGreaterThan(gap.readiness);
  });

  it("reads skills from the caller's own resume and refuses another user's resume", async () => {
    const owner = await candidate();
    const request = { from: WEB_DEVELOPERS, to: SOFTWARE_DEVELOPERS };
    const before = (await owner.post("/api/v1/career/skill-gap", request)).json();
    const missing = before.missingTechnologies.slice(0, 2).map((t: { name: string }) => t.name);
    expect(missing.length).toBe(2);
    const resumeId = await resumeWithSkills(owner, missing);

    const after = await owner.post("/api/v1/career/skill-gap", { ...request, resumeId });
    expect(after.statusCode).toBe(200);
    expect(after.json().skillsConsidered).toBe(3);
    const stillMissing = after.json().missingTechnologies.map((t: { name: string }) => t.name);
    for (const name of missing) expect(stillMissing).not.toContain(name);

    const stranger = await candidate();
    const refused = await stranger.post("/api/v1/career/skill-gap", { ...request, resumeId });
    expect(refused.statusCode).toBe(404);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
  });

  it("refuses unknown and malformed occupations and unrecognisable titles", async () => {
    const user = await candidate();
    const unknownTarget = await user.post("/api/v1/career/skill-gap", { from: REGISTERED_NURSES, to: "99-9999.99" });
    expect(unknownTarget.statusCode).toBe(404);
    const badTarget = await user.post("/api/v1/career/skill-gap", { from: REGISTERED_NURSES, to: "nurse" });
    expect(badTarget.statusCode).toBe(400);
    expect(badTarget.json().errors.map((e: { field: string }) => e.field)).toContain("body.to");
    const gibberish = await user.post("/api/v1/career/skill-gap", { from: "qzxv qzxv", to: NURSE_PRACTITIONERS });
    expect(gibberish.statusCode).toBe(422);
    const tooMany = await user.post("/api/v1/career/skill-gap", {
      from: REGISTERED_NURSES,
      to: NURSE_PRACTITIONERS,
      skills: Array.from({ length: 201 }, (_, i) => `skill ${i}`),
    });
    expect(tooMany.statusCode).toBe(400);
  });
});

describe("GET /api/v1/career/paths", () => {
  it("ranks next roles with their reasons and wage source", async () => {
    const user = await candidate();
    const response = await user.get(`/api/v1/career/paths?from=${SOFTWARE_DEVELOPERS}&limit=5`);
    expect(response.statusCode).toBe(200);
    const paths = response.json();
    expect(paths.to).toBeNull();
    expect(paths.path).toBeNull();
    expect(paths.nextRoles.length).toBeGreaterThan(0);
    expect(paths.nextRoles.length).toBeLessThanOrEqual(5);
    expect(paths.nextRoles.map((r: { code: string }) => r.code)).not.toContain(SOFTWARE_DEVELOPERS);
    expect(paths.nextRoles[0].reasons.similarity).toBeGreaterThan(0);
    expect(paths.sources.map((s: { dataset: string }) => s.dataset)).toContain("BLS OEWS");
  });

  it("finds a multi-step route to a chosen target", async () => {
    const user = await candidate();
    const response = await user.get(`/api/v1/career/paths?from=${REGISTERED_NURSES}&to=${NURSE_PRACTITIONERS}`);
    expect(response.statusCode).toBe(200);
    const { path, nextRoles } = response.json();
    expect(nextRoles).toEqual([]);
    expect(path.steps[0].code).toBe(REGISTERED_NURSES);
    expect(path.steps.at(-1).code).toBe(NURSE_PRACTITIONERS);
    expect(path.plausibility).toBeGreaterThan(0);
    expect(path.plausibility).toBeLessThanOrEqual(1);
  });

  it("refuses unknown and malformed codes", async () => {
    const user = await candidate();
    expect((await user.get("/api/v1/career/paths?from=99-9999.99")).statusCode).toBe(404);
    expect((await user.get(`/api/v1/career/paths?from=${REGISTERED_NURSES}&to=99-9999.99`)).statusCode).toBe(404);
    expect((await user.get("/api/v1/career/paths?from=nurse")).statusCode).toBe(400);
    expect((await user.get("/api/v1/career/paths")).statusCode).toBe(400);
  });
});

describe("GET /api/v1/career/salary", () => {
  it("gives BLS percentiles with their source and places a salary among them", async () => {
    const user = await candidate();
    const response = await user.get(`/api/v1/career/salary?code=${REGISTERED_NURSES}&compare=70000`);
    expect(response.statusCode).toBe(200);
    const salary = response.json();
    expect(salary.source).toMatchObject({ dataset: "BLS OEWS", period: "May 2024" });
    expect(salary.source.citation).toContain("Bureau of Labor Statistics");
    expect(salary.annual.map((p: { percentile: number }) => p.percentile)).toEqual([10, 25, 50, 75, 90]);
    expect(salary.employment).toBeGreaterThan(1_000_000);
    const median = salary.annual[2].value;
    expect(salary.comparison.band).toMatch(/percentile/);
    expect(salary.comparison.differenceFromMedian).toBeCloseTo(70_000 - median, 2);

    const hourly = (
      await user.get(`/api/v1/career/salary?code=${REGISTERED_NURSES}&compare=40&comparePeriod=hourly`)
    ).json();
    expect(hourly.comparison.period).toBe("hourly");
  });

  it('shows top-coded wages as "≥ $239,200"', async () => {
    const user = await candidate();
    const anesthesiologists = (await user.get("/api/v1/career/salary?code=29-1211.00")).json();
    expect(anesthesiologists.topCoded).toBe(true);
    const top = anesthesiologists.annual.filter((p: { atLeast: boolean }) => p.atLeast);
    expect(top.length).toBeGreaterThan(0);
    expect(top[0].display).toBe("≥ $239,200");
  });

  it("refuses bad codes and salaries", async () => {
    const user = await candidate();
    expect((await user.get("/api/v1/career/salary?code=99-9999.99")).statusCode).toBe(404);
    expect((await user.get("/api/v1/career/salary?code=29-1141")).statusCode).toBe(400);
    expect((await user.get(`/api/v1/career/salary?code=${REGISTERED_NURSES}&compare=0`)).statusCode).toBe(400);
    expect((await user.get(`/api/v1/career/salary?code=${REGISTERED_NURSES}&compare=lots`)).statusCode).toBe(400);
  });
});

describe("interview practice", () => {
  it("asks role questions from O*NET tasks and skills plus behavioural ones", async () => {
    const user = await candidate();
    const response = await user.get(`/api/v1/career/interview-questions?code=${REGISTERED_NURSES}`);
    expect(response.statusCode).toBe(200);
    const { occupation, questions, source } = response.json();
    expect(occupation.title).toBe("Registered Nurses");
    const kinds = new Set(questions.map((q: { kind: string }) => q.kind));
    expect(kinds).toContain("task");
    expect(kinds).toContain("behavioural");
    expect(source.dataset).toBe("O*NET 29.3");
    expect((await user.get("/api/v1/career/interview-questions?code=99-9999.99")).statusCode).toBe(404);
  });

  it("scores a STAR answer above a vague one and counts the role's tools", async () => {
    const user = await candidate();
    const question = "Tell me about a time you turned a project around.";
    const tool = (await user.get(`/api/v1/career/occupations/${SOFTWARE_DEVELOPERS}`)).json().technologies[0].name;
    const strong = await user.post("/api/v1/career/interview-answers/assess", {
      question,
      answer: `${starAnswer} We tracked it all in ${tool}.`,
      code: SOFTWARE_DEVELOPERS,
    });
    expect(strong.statusCode).toBe(200);
    const vague = await user.post("/api/v1/career/interview-answers/assess", { question, answer: "I work hard." });
    expect(strong.json().question).toBe(question);
    expect(strong.json().structure).toEqual({ situation: true, task: true, action: true, result: true });
    expect(strong.json().specificity.namedTools).toContain(tool);
    expect(strong.json().score).toBeGreaterThan(vague.json().score);
    expect(vague.json().suggestions.length).toBeGreaterThan(0);
  });

  it("refuses empty and overlong answers", async () => {
    const user = await candidate();
    const url = "/api/v1/career/interview-answers/assess";
    expect((await user.post(url, { question: "Why this role?", answer: "  " })).statusCode).toBe(400);
    expect((await user.post(url, { question: "Why this role?", answer: "a ".repeat(6_000) })).statusCode).toBe(400);
    expect((await user.post(url, { question: "", answer: starAnswer })).statusCode).toBe(400);
  });
});

describe("POST /api/v1/career/learning-plan", () => {
  it("orders the gaps into weeks at the chosen hours, with free resources", async () => {
    const user = await candidate();
    const response = await user.post("/api/v1/career/learning-plan", {
      from: WEB_DEVELOPERS,
      to: SOFTWARE_DEVELOPERS,
      weeklyHours: 5,
    });
    expect(response.statusCode).toBe(200);
    const plan = response.json();
    expect(plan.steps.length).toBeGreaterThan(0);
    expect(plan.steps.length).toBeLessThanOrEqual(20);
    expect(plan.totalHours).toBe(plan.steps.reduce((sum: number, s: { hours: number }) => sum + s.hours, 0));
    expect(plan.totalWeeks).toBe(Math.ceil(plan.totalHours / 5));
    const starts = plan.steps.map((s: { startWeek: number }) => s.startWeek);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const withResources = plan.steps.filter((s: { resources: unknown[] }) => s.resources.length > 0);
    expect(withResources.length).toBeGreaterThan(0);
    expect(withResources[0].resources[0].url).toMatch(/^https?:\/\//);

    const faster = (
      await user.post("/api/v1/career/learning-plan", {
        from: WEB_DEVELOPERS,
        to: SOFTWARE_DEVELOPERS,
        weeklyHours: 20,
      })
    ).json();
    expect(faster.totalHours).toBe(plan.totalHours);
    expect(faster.totalWeeks).toBeLessThan(plan.totalWeeks);
  });

  it("refuses bad hours and another user's resume", async () => {
    const owner = await candidate();
    const resumeId = await resumeWithSkills(owner, ["Python"]);
    const body = { from: WEB_DEVELOPERS, to: SOFTWARE_DEVELOPERS, weeklyHours: 5 };
    expect((await owner.post("/api/v1/career/learning-plan", { ...body, resumeId })).statusCode).toBe(200);
    const stranger = await candidate();
    expect((await stranger.post("/api/v1/career/learning-plan", { ...body, resumeId })).statusCode).toBe(404);
    expect((await owner.post("/api/v1/career/learning-plan", { ...body, weeklyHours: 0 })).statusCode).toBe(400);
    expect((await owner.post("/api/v1/career/learning-plan", { ...body, weeklyHours: 61 })).statusCode).toBe(400);
  });
});

describe("access", () => {
  it("needs a signed-in user for every career endpoint", async () => {
    const requests = [
      { method: "GET" as const, url: "/api/v1/career/occupations?q=nurse" },
      { method: "GET" as const, url: `/api/v1/career/occupations/${REGISTERED_NURSES}` },
      { method: "POST" as const, url: "/api/v1/career/skill-gap" },
      { method: "GET" as const, url: `/api/v1/career/paths?from=${REGISTERED_NURSES}` },
      { method: "GET" as const, url: `/api/v1/career/salary?code=${REGISTERED_NURSES}` },
      { method: "GET" as const, url: `/api/v1/career/interview-questions?code=${REGISTERED_NURSES}` },
      { method: "POST" as const, url: "/api/v1/career/interview-answers/assess" },
      { method: "POST" as const, url: "/api/v1/career/learning-plan" },
    ];
    const body = { from: REGISTERED_NURSES, to: NURSE_PRACTITIONERS, weeklyHours: 5, question: "Why?", answer: "x" };
    for (const { method, url } of requests) {
      const response = await app.inject({
        method,
        url,
        headers: { origin: "http://localhost:3000" },
        ...(method === "POST" ? { payload: body } : {}),
      });
      expect(response.statusCode, url).toBe(401);
    }
  });

  it("limits calls per user, not per address", async () => {
    const busy = await candidate();
    const url = `/api/v1/career/interview-questions?code=${REGISTERED_NURSES}`;
    const statuses = [];
    for (let i = 0; i < 121; i++) statuses.push((await busy.get(url)).statusCode);
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    expect(statuses[120]).toBe(429);
    const other = await candidate();
    expect((await other.get(url)).statusCode).toBe(200);
  });
});
