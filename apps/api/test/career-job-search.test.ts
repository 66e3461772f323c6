import type { CareerCoachFacts, JobSearchPlanDetail } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { planGuardFor } from "../src/modules/billing/billing-module";
import { createCareerService } from "../src/modules/career/career-service";
import type { MissingFact } from "../src/modules/career-chat/missing-fact";
import { createJobSearchService } from "../src/modules/career-job-search/job-search-service";
import { jobSearchStrategyTool } from "../src/modules/career-job-search/job-search-tool";
import { createResumesService } from "../src/modules/resumes/resumes-service";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

const { app, deps } = await startTestApp();
await app.warmUp();

const base = "/api/v1/career/job-search-plans";
const WEB_DEVELOPERS = "15-1254.00";
const SOFTWARE_DEVELOPERS = "15-1252.00";
const CASHIERS = "41-2011.00";
const REGISTERED_NURSES = "29-1141.00";
const NURSE_PRACTITIONERS = "29-1171.00";

async function createPlan(user: TestUser, body: Record<string, unknown>) {
  const response = await user.post(base, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as JobSearchPlanDetail;
}

const tasksOf = (plan: JobSearchPlanDetail) => plan.plan.weeks.flatMap((w) => w.tasks);
const isProblem = (response: { headers: Record<string, unknown> }) =>
  String(response.headers["content-type"]).includes("application/problem+json");

describe("POST /api/v1/career/job-search-plans", () => {
  it("builds a plan from the target's O*NET data that fits the weekly hours", async () => {
    const user = await signUp(app, "candidate");
    const plan = await createPlan(user, {
      from: WEB_DEVELOPERS,
      to: SOFTWARE_DEVELOPERS,
      location: "Seattle, WA",
      urgency: "asap",
      weeklyHours: 5,
      startDate: "2025-06-02",
    });
    const occupation = (await user.get(`/api/v1/career/occupations/${SOFTWARE_DEVELOPERS}`)).json();

    expect(plan.situation.target).toMatchObject({ code: SOFTWARE_DEVELOPERS, title: "Software Developers" });
    expect(plan.situation.target.jobZone).toBe(occupation.jobZone);
    expect(plan.situation.target.alternateTitles).toEqual(occupation.alternateTitles);
    expect(plan.situation.target.medianAnnualWage).toBe(
      occupation.wages.annual.find((p: { percentile: number }) => p.percentile === 50).value,
    );
    expect(plan.situation.sources.map((s) => s.dataset)).toEqual(["O*NET 29.3", "BLS OEWS"]);
    expect(plan.plan.weeks[0]!.startsOn).toBe("2025-06-02");
    for (const week of plan.plan.weeks) expect(week.hours).toBeLessThanOrEqual(5);

    // Search terms are the real O*NET titles (reported, then alternate); every hot technology named is one O*NET flags for the role.
    const titles = new Set(
      [...occupation.reportedTitles, ...occupation.alternateTitles].map((t: string) => t.toLowerCase()),
    );
    for (const term of plan.plan.searchTerms.slice(1)) expect(titles.has(term)).toBe(true);
    const hot = occupation.technologies.filter((t: { hot: boolean }) => t.hot).map((t: { name: string }) => t.name);
    expect(plan.situation.target.hotTechnologies).toEqual(hot);
    const setup = tasksOf(plan)[0]!;
    expect(setup.link).toBe(`/jobs?q=${encodeURIComponent(plan.plan.searchTerms[0]!)}`);
    expect(tasksOf(plan).some((t) => t.category === "applications" && t.week === 1)).toBe(true);
    expect(tasksOf(plan).some((t) => t.title.includes("in Seattle, WA"))).toBe(true);
    expect(plan.progress).toMatchObject({ done: 0, total: tasksOf(plan).length, percent: 0 });
    expect(tasksOf(plan).every((t) => t.doneAt === null)).toBe(true);
  });

  it("resolves job titles, and suggests a bridge role for a step of two job zones", async () => {
    const user = await signUp(app, "candidate");
    const nurse = await createPlan(user, { from: "registered nurse", to: "nurse practitioner" });
    expect(nurse.situation.current?.code).toBe(REGISTERED_NURSES);
    expect(nurse.situation.target.code).toBe(NURSE_PRACTITIONERS);
    expect(nurse.situation.urgency).toBe("within-3-months");
    expect(nurse.situation.weeklyHours).toBe(6);

    const cashier = await createPlan(user, { from: CASHIERS, to: SOFTWARE_DEVELOPERS, urgency: "exploring" });
    const path = (await user.get(`/api/v1/career/paths?from=${CASHIERS}&to=${SOFTWARE_DEVELOPERS}`)).json().path;
    expect(cashier.situation.bridge?.code).toBe(path.steps[1].code);
    const applications = tasksOf(cashier).filter((t) => t.category === "applications");
    expect(applications.length).toBeGreaterThan(0);
    for (const task of applications)
      expect(task.title.toLowerCase()).toContain(path.steps[1].title.toLowerCase().slice(0, 10));
    // A big gap: skills come first and the first week has no applications.
    expect(
      tasksOf(cashier)
        .filter((t) => t.week === 1)
        .map((t) => t.category),
    ).toContain("skills");
    expect(tasksOf(cashier).some((t) => t.week === 1 && t.category === "applications")).toBe(false);
  });

  it("refuses bad input with problem+json", async () => {
    const user = await signUp(app, "candidate");
    const missing = await user.post(base, { from: WEB_DEVELOPERS });
    expect(missing.statusCode).toBe(400);
    expect(isProblem(missing)).toBe(true);
    expect((await user.post(base, { to: SOFTWARE_DEVELOPERS, weeklyHours: 0 })).statusCode).toBe(400);
    expect((await user.post(base, { to: SOFTWARE_DEVELOPERS, urgency: "yesterday" })).statusCode).toBe(400);
    expect((await user.post(base, { to: SOFTWARE_DEVELOPERS, startDate: "June 2" })).statusCode).toBe(400);
    const unknownCode = await user.post(base, { to: "99-9999.99" });
    expect(unknownCode.statusCode).toBe(422);
    expect(unknownCode.json().type).toBe("https://hirefolio.dev/problems/occupation-not-recognised");
    expect((await user.post(base, { to: SOFTWARE_DEVELOPERS, conversationId: crypto.randomUUID() })).statusCode).toBe(
      404,
    );
    expect((await user.get(`${base}/not-a-uuid`)).statusCode).toBe(400);
  });
});

describe("job search plan progress", () => {
  it("ticks and unticks tasks, and two tabs ticking at once both count", async () => {
    const user = await signUp(app, "candidate");
    const plan = await createPlan(user, { from: WEB_DEVELOPERS, to: SOFTWARE_DEVELOPERS, weeklyHours: 8 });
    const [first, second, third] = tasksOf(plan);
    const tick = (taskId: string, done: boolean) => user.patch(`${base}/${plan.id}/tasks/${taskId}`, { done });

    const ticked = await tick(first!.id, true);
    expect(ticked.statusCode).toBe(200);
    expect(ticked.json()).toEqual({
      taskId: first!.id,
      done: true,
      progress: {
        done: 1,
        total: plan.progress.total,
        percent: Math.round((1 / plan.progress.total) * 100),
        thisWeek: { week: 1, done: 1, total: plan.plan.weeks[0]!.tasks.length },
      },
    });
    const [a, b] = await Promise.all([tick(second!.id, true), tick(third!.id, true)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect((await tick(first!.id, true)).json().progress.done).toBe(3);

    const saved = (await user.get(`${base}/${plan.id}`)).json() as JobSearchPlanDetail;
    expect(saved.progress.done).toBe(3);
    expect(
      tasksOf(saved)
        .filter((t) => t.doneAt !== null)
        .map((t) => t.id),
    ).toEqual([first!.id, second!.id, third!.id]);

    expect((await tick(second!.id, false)).json().progress.done).toBe(2);
    expect((await tick(second!.id, false)).json().progress.done).toBe(2);
    const unknown = await tick("w99-skills-nothing", true);
    expect(unknown.statusCode).toBe(404);
    expect(isProblem(unknown)).toBe(true);
    expect((await user.patch(`${base}/${plan.id}/tasks/${first!.id}`, { done: "yes" })).statusCode).toBe(400);
  });

  it("lists the caller's plans newest first, page by page, and deletes one", async () => {
    const user = await signUp(app, "candidate");
    const ids = [];
    for (const to of [SOFTWARE_DEVELOPERS, NURSE_PRACTITIONERS, WEB_DEVELOPERS])
      ids.push((await createPlan(user, { to })).id);
    await user.patch(`${base}/${ids[2]}/tasks/w1-search-setup-saved-searches`, { done: true });

    const first = (await user.get(`${base}?limit=2`)).json();
    expect(first.items.map((p: { id: string }) => p.id)).toEqual([ids[2], ids[1]]);
    expect(first.items[0]).toMatchObject({
      target: { code: WEB_DEVELOPERS },
      urgency: "within-3-months",
      location: null,
      progress: { done: 1 },
    });
    const second = (await user.get(`${base}?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((p: { id: string }) => p.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();

    expect((await user.delete(`${base}/${ids[0]}`)).statusCode).toBe(204);
    expect((await user.get(`${base}/${ids[0]}`)).statusCode).toBe(404);
    expect((await user.get(base)).json().items).toHaveLength(2);
  });

  it("hides a plan from every other user: each route answers 404", async () => {
    const owner = await signUp(app, "candidate");
    const other = await signUp(app, "candidate");
    const plan = await createPlan(owner, { to: SOFTWARE_DEVELOPERS });
    const taskId = tasksOf(plan)[0]!.id;

    for (const response of [
      await other.get(`${base}/${plan.id}`),
      await other.patch(`${base}/${plan.id}/tasks/${taskId}`, { done: true }),
      await other.delete(`${base}/${plan.id}`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(isProblem(response)).toBe(true);
    }
    expect((await other.get(base)).json().items).toEqual([]);
    const conversation = (await owner.post("/api/v1/career-chat/conversations", {})).json().id;
    expect((await other.post(base, { to: SOFTWARE_DEVELOPERS, conversationId: conversation })).statusCode).toBe(404);

    const untouched = (await owner.get(`${base}/${plan.id}`)).json();
    expect(untouched.progress.done).toBe(0);
    expect((await app.inject({ method: "GET", url: base })).statusCode).toBe(401);
  });
});

describe("jobSearchStrategyTool", () => {
  const db = deps.database.db;
  const career = createCareerService({
    resumes: createResumesService({ db, clock: deps.clock, templates: planGuardFor(deps) }),
  });
  const service = createJobSearchService({ db, clock: deps.clock, career });
  const call = { toolCallId: "call-1", messages: [] };

  async function setUp() {
    const user = await signUp(app, "candidate");
    const conversationId = (await user.post("/api/v1/career-chat/conversations", {})).json().id as string;
    const session = { id: user.id, name: "Casey", email: user.email, emailVerified: true, role: "candidate" as const };
    return { user, conversationId, session };
  }

  it("asks for the target, then the location, and remembers what it learns", async () => {
    const { conversationId, session } = await setUp();
    const facts: CareerCoachFacts = {};
    const run = (question: string) =>
      jobSearchStrategyTool({ service, user: session, facts, conversationId }).execute!({ question }, call) as Promise<
        JobSearchPlanDetail | MissingFact
      >;

    expect(await run("Give me a job search plan")).toMatchObject({ needsFact: "targetRole" });
    facts.targetRole = SOFTWARE_DEVELOPERS;
    expect(await run("Give me a job search plan")).toMatchObject({ needsFact: "location" });
    const plan = (await run("I need a job ASAP, ideally jobs in Austin, TX")) as JobSearchPlanDetail;
    expect(plan.situation).toMatchObject({ location: "Austin, TX", urgency: "asap" });
    expect(plan.conversationId).toBe(conversationId);
    expect(facts).toMatchObject({ targetRole: SOFTWARE_DEVELOPERS, location: "Austin, TX", weeklyHours: 6 });
  });

  it("shows the same plan with its ticks when asked again, and a new one when a setting changes", async () => {
    const { user, conversationId, session } = await setUp();
    const facts: CareerCoachFacts = {
      currentRole: WEB_DEVELOPERS,
      targetRole: SOFTWARE_DEVELOPERS,
      location: "remote",
    };
    const tool = jobSearchStrategyTool({ service, user: session, facts, conversationId });
    const run = (question: string) => tool.execute!({ question }, call) as Promise<JobSearchPlanDetail>;

    const plan = await run("What should I do to find a job?");
    expect(plan.situation.current?.code).toBe(WEB_DEVELOPERS);
    await user.patch(`${base}/${plan.id}/tasks/${tasksOf(plan)[0]!.id}`, { done: true });
    const again = await run("Show me my job search plan");
    expect(again.id).toBe(plan.id);
    expect(again.progress.done).toBe(1);
    const more = await run("I can spend 12 hours a week on it");
    expect(more.id).not.toBe(plan.id);
    expect(more.situation.weeklyHours).toBe(12);

    const brief = await tool.toModelOutput!({ toolCallId: "call-1", input: { question: "" }, output: again });
    expect(brief).toMatchObject({ type: "text" });
    const text = (brief as { value: string }).value;
    expect(text).toContain(`-week job search plan for Software Developers at 6 hours a week, remote`);
    expect(text).toContain(tasksOf(again)[0]!.title);
    expect(text).toContain(`Progress: 1 of ${again.progress.total} tasks done`);
    expect(text.split("\n").at(-1)).toBe("Source: O*NET 29.3 (May 2025); BLS OEWS (May 2024).");
  });
});
