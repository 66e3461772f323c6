import { describe, expect, it } from "vitest";
import { probabilityGreater } from "../src/engines/ab-stats/beta-distribution";
import { recruiterWithJob, signUp, startTestApp, type TestUser } from "./support/test-app";

// A/B tests are a Candidate Pro feature (billing.test.ts covers the Free refusal); these tests are about experiments.
const { app } = await startTestApp({ DEFAULT_PLAN: "candidate_pro" });

async function createResume(user: TestUser, title: string) {
  const document = { basics: { name: "Ada Lovelace", label: title, email: "ada@example.test" } };
  const response = await user.post("/api/v1/resumes", { title, document });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

async function createExperiment(user: TestUser, body: Record<string, unknown>) {
  const response = await user.post("/api/v1/resume-experiments", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A recruiter's employer with `count` open jobs, so one candidate can send many applications. */
async function employerWithJobs(count: number) {
  const { recruiter, employer, job } = await recruiterWithJob(app);
  const jobs = [job];
  for (let i = 1; i < count; i++) {
    const response = await recruiter.post(`/api/v1/employers/${employer.id}/jobs`, {
      title: `Engineer ${i}`,
      description: "Build things.",
      status: "open",
    });
    jobs.push(response.json());
  }
  return { recruiter, jobs: jobs as { id: string }[] };
}

function visit(slug: string, ip: string, userAgent = "Mozilla/5.0 Firefox/140", suffix = "") {
  return app.inject({
    method: "GET",
    url: `/api/v1/shared-resumes/${slug}${suffix}`,
    headers: { "x-forwarded-for": ip, "user-agent": userAgent },
  });
}

describe("creating experiments", () => {
  it("labels variants A, B… in order and gives each a tracked share link", async () => {
    const owner = await signUp(app, "candidate");
    const a = await createResume(owner, "Generalist");
    const b = await createResume(owner, "Platform-focused");
    const existing = (await owner.post(`/api/v1/resumes/${b.id}/share-links`, { label: "mine" })).json();
    const experiment = await createExperiment(owner, { name: "Platform roles", resumeIds: [a.id, b.id] });
    expect(experiment).toMatchObject({ name: "Platform roles", goal: "interview", endedAt: null });
    expect(experiment.variants).toEqual([
      { label: "A", resumeId: a.id, resumeTitle: "Generalist", shareSlug: expect.stringMatching(/^[\w-]{22}$/) },
      { label: "B", resumeId: b.id, resumeTitle: "Platform-focused", shareSlug: existing.slug },
    ]);
    const linksOfA = (await owner.get(`/api/v1/resumes/${a.id}/share-links`)).json().items;
    expect(linksOfA).toHaveLength(1);
    expect(linksOfA[0].label).toBe("Platform roles · A");
    const listed = (await owner.get("/api/v1/resume-experiments")).json();
    expect(listed.items.map((e: { id: string }) => e.id)).toEqual([experiment.id]);
    expect(listed.items[0].variants).toHaveLength(2);
  });

  it("refuses fewer than two, more than four, repeated and other people's resumes, and writes nothing", async () => {
    const owner = await signUp(app, "candidate");
    const stranger = await signUp(app, "candidate");
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await createResume(owner, `Variant ${i}`)).id);
    const theirs = await createResume(stranger, "Not yours");
    for (const body of [
      { name: "One", resumeIds: ids.slice(0, 1) },
      { name: "Five", resumeIds: ids },
      { name: "Twice", resumeIds: [ids[0], ids[0]] },
      { name: "", resumeIds: ids.slice(0, 2) },
      { name: "Goal", goal: "offers", resumeIds: ids.slice(0, 2) },
    ]) {
      const response = await owner.post("/api/v1/resume-experiments", body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json().errors.length).toBeGreaterThan(0);
    }
    const foreign = await owner.post("/api/v1/resume-experiments", { name: "Sneaky", resumeIds: [ids[0], theirs.id] });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().title).toBe("Resume not found");
    expect((await owner.get("/api/v1/resume-experiments")).json().items).toEqual([]);
    // The failed create left no share link behind either.
    expect((await owner.get(`/api/v1/resumes/${ids[0]}/share-links`)).json().items).toEqual([]);
  });

  it("is invisible and unchangeable to everyone but its owner", async () => {
    const owner = await signUp(app, "candidate");
    const [a, b] = [await createResume(owner, "A"), await createResume(owner, "B")];
    const experiment = await createExperiment(owner, { name: "Private", resumeIds: [a.id, b.id] });
    const base = `/api/v1/resume-experiments/${experiment.id}`;
    const { recruiter } = await recruiterWithJob(app);
    for (const other of [await signUp(app, "candidate"), recruiter]) {
      for (const response of [
        await other.get(base),
        await other.get(`${base}/results`),
        await other.patch(base, { name: "Mine" }),
        await other.post(`${base}/end`),
        await other.delete(base),
      ]) {
        expect(response.statusCode).toBe(404);
        expect(response.json().type).toMatch(/not-found$/);
      }
      expect((await other.get("/api/v1/resume-experiments")).json().items).toEqual([]);
    }
    expect((await owner.get(base)).json()).toMatchObject({ name: "Private", endedAt: null });
    expect((await app.inject({ method: "GET", url: `${base}/results` })).statusCode).toBe(401);
  });

  it("is renamed, ended once and deleted by its owner", async () => {
    const owner = await signUp(app, "candidate");
    const [a, b] = [await createResume(owner, "A"), await createResume(owner, "B")];
    const experiment = await createExperiment(owner, { name: "Draft", resumeIds: [a.id, b.id] });
    const base = `/api/v1/resume-experiments/${experiment.id}`;
    expect((await owner.patch(base, { name: "Final name" })).json().name).toBe("Final name");
    const ended = (await owner.post(`${base}/end`)).json();
    expect(ended.endedAt).toEqual(expect.any(String));
    expect((await owner.post(`${base}/end`)).json().endedAt).toBe(ended.endedAt);
    expect((await owner.delete(base)).statusCode).toBe(204);
    expect((await owner.get(base)).statusCode).toBe(404);
    expect((await owner.get(`/api/v1/resumes/${a.id}`)).statusCode).toBe(200);
  });
});

describe("experiment results", () => {
  it("count views, downloads, applications and interviews per variant and compare them", async () => {
    const owner = await signUp(app, "candidate");
    const a = await createResume(owner, "Generalist");
    const b = await createResume(owner, "Platform-focused");
    const experiment = await createExperiment(owner, { name: "Platform roles", resumeIds: [a.id, b.id] });
    const [slugA, slugB] = experiment.variants.map((v: { shareSlug: string }) => v.shareSlug);

    // Views: three visitors on A (one reloading), one on B; one download of B.
    for (const ip of ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.1"]) {
      expect((await visit(slugA, ip)).statusCode).toBe(200);
    }
    await visit(slugB, "203.0.113.4");
    expect((await visit(slugB, "203.0.113.4", undefined, "/export.pdf")).statusCode).toBe(200);

    // Applications: four with each variant, one without a resume (not counted anywhere).
    const { recruiter, jobs } = await employerWithJobs(9);
    const applicationIds: Record<"A" | "B", string[]> = { A: [], B: [] };
    for (const [i, job] of jobs.entries()) {
      const variant = i < 4 ? "A" : i < 8 ? "B" : undefined;
      const resumeId = variant === "A" ? a.id : variant === "B" ? b.id : undefined;
      const response = await owner.post(`/api/v1/jobs/${job.id}/applications`, { resumeId });
      expect(response.statusCode, response.body).toBe(201);
      if (variant) applicationIds[variant].push(response.json().id);
    }

    // Interviews: one for A, three for B; one of B's goes to interview, back to screening and to interview again.
    const move = async (id: string, stage: string) => {
      const response = await recruiter.post(`/api/v1/applications/${id}/stage`, { stage });
      expect(response.statusCode, response.body).toBe(200);
    };
    await move(applicationIds.A[0] as string, "interview");
    await move(applicationIds.A[1] as string, "screening");
    await move(applicationIds.A[2] as string, "rejected");
    for (const id of applicationIds.B.slice(0, 3)) await move(id, "interview");
    await move(applicationIds.B[0] as string, "screening");
    await move(applicationIds.B[0] as string, "interview");
    await move(applicationIds.B[1] as string, "offer");

    const response = await owner.get(`/api/v1/resume-experiments/${experiment.id}/results`);
    expect(response.statusCode, response.body).toBe(200);
    const results = response.json();
    expect(results).toMatchObject({ trialsNoun: "applications", conversionsNoun: "interviews" });
    const [resultA, resultB] = results.variants;
    expect(resultA).toMatchObject({ label: "A", views: 3, downloads: 0, applications: 4, interviews: 1 });
    expect(resultB).toMatchObject({ label: "B", views: 1, downloads: 1, applications: 4, interviews: 3 });
    expect(resultA).toMatchObject({ trials: 4, conversions: 1, conversionRate: 0.25, probabilityBeatsBaseline: null });
    expect(resultB.conversionRate).toBe(0.75);
    const exact = probabilityGreater({ alpha: 2, beta: 4 }, { alpha: 4, beta: 2 });
    expect(resultB.probabilityBeatsBaseline).toBeCloseTo(exact, 9);
    expect(resultB.probabilityBest).toBeCloseTo(exact, 6);
    expect(resultA.probabilityBest + resultB.probabilityBest).toBeCloseTo(1, 6);
    expect(resultB.credibleInterval.low).toBeLessThan(0.75);
    expect(resultB.credibleInterval.high).toBeGreaterThan(0.75);
    // 20 applications per variant are needed: 16 more for each.
    expect(results.verdict).toMatchObject({ kind: "not-enough-data", moreTrialsNeeded: 32, label: null });
    expect(results.verdict.message).toBe("Not enough data yet — 32 more applications needed before a verdict.");

    // The timeline has today with the same counts.
    const today = results.timeline.at(-1);
    expect(today.date).toBe(new Date().toISOString().slice(0, 10));
    expect(today.variants).toEqual([
      { label: "A", views: 3, downloads: 0, applications: 4, interviews: 1 },
      { label: "B", views: 1, downloads: 1, applications: 4, interviews: 3 },
    ]);

    // After the end, new applications do not count.
    await owner.post(`/api/v1/resume-experiments/${experiment.id}/end`);
    const { jobs: moreJobs } = await employerWithJobs(1);
    await owner.post(`/api/v1/jobs/${moreJobs[0]?.id}/applications`, { resumeId: a.id });
    const ended = (await owner.get(`/api/v1/resume-experiments/${experiment.id}/results`)).json();
    expect(ended.variants[0].applications).toBe(4);
  });

  it("measure views → applications for the application goal", async () => {
    const owner = await signUp(app, "candidate");
    const [a, b] = [await createResume(owner, "A"), await createResume(owner, "B")];
    const experiment = await createExperiment(owner, { name: "Views", goal: "application", resumeIds: [a.id, b.id] });
    await visit(experiment.variants[0].shareSlug, "198.51.100.1");
    await visit(experiment.variants[0].shareSlug, "198.51.100.2");
    const { jobs } = await employerWithJobs(1);
    await owner.post(`/api/v1/jobs/${jobs[0]?.id}/applications`, { resumeId: a.id });
    const results = (await owner.get(`/api/v1/resume-experiments/${experiment.id}/results`)).json();
    expect(results).toMatchObject({ trialsNoun: "views", conversionsNoun: "applications" });
    expect(results.variants[0]).toMatchObject({ trials: 2, conversions: 1, conversionRate: 0.5 });
    expect(results.variants[1]).toMatchObject({ trials: 0, conversions: 0, conversionRate: 0 });
    expect(results.verdict.message).toBe("Not enough data yet — 98 more views needed before a verdict.");
  });

  it("explain that a variant is gone when its resume was deleted", async () => {
    const owner = await signUp(app, "candidate");
    const [a, b] = [await createResume(owner, "A"), await createResume(owner, "B")];
    const experiment = await createExperiment(owner, { name: "Lost one", resumeIds: [a.id, b.id] });
    expect((await owner.delete(`/api/v1/resumes/${b.id}`)).statusCode).toBe(204);
    const response = await owner.get(`/api/v1/resume-experiments/${experiment.id}/results`);
    expect(response.statusCode).toBe(422);
    expect(response.json().type).toMatch(/experiment-incomplete$/);
  });
});
