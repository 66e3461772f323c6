import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { signUp, startTestApp } from "./support/test-app";

const { app } = await startTestApp();
const sample = JSON.parse(readFileSync(new URL("./fixtures/jsonresume/sample.resume.json", import.meta.url), "utf8"));
const jobDescription = `Senior Full-Stack Engineer

Requirements
- 5+ years of experience with TypeScript, React and Node.js
- Strong PostgreSQL and SQL skills
- Experience with Kubernetes (k8s) and Docker in production

Nice to have
- GraphQL
- AWS certification`;

describe("POST /api/v1/ats/analyze", () => {
  it("scores an inline resume with the derived O*NET/ESCO vocabulary and explains what is missing", async () => {
    const user = await signUp(app, "candidate");
    const response = await user.post("/api/v1/ats/analyze", { resume: sample, jobDescription });
    expect(response.statusCode).toBe(200);
    const analysis = response.json();
    expect(analysis.score).toBeGreaterThanOrEqual(0);
    expect(analysis.score).toBeLessThanOrEqual(100);
    const missing = analysis.keywords.missing.map((k: { term: string }) => k.term.toLowerCase());
    expect(missing).toEqual(expect.arrayContaining(["kubernetes", "postgresql"]));
    const kubernetes = analysis.keywords.missing.find((k: { term: string }) => k.term.toLowerCase() === "kubernetes");
    expect(kubernetes.importance).toBe("must");
    expect(analysis.checks.length).toBeGreaterThan(0);
  });

  it("analyses a stored resume by id for its owner only, and the score rises when missing skills are added", async () => {
    const owner = await signUp(app, "candidate");
    const created = (await owner.post("/api/v1/resumes", { title: "Main", document: sample })).json();
    const before = (await owner.post("/api/v1/ats/analyze", { resumeId: created.id, jobDescription })).json();

    const stranger = await signUp(app, "candidate");
    expect((await stranger.post("/api/v1/ats/analyze", { resumeId: created.id, jobDescription })).statusCode).toBe(404);

    const skills = [
      ...(sample.skills ?? []),
      { name: "Platform", keywords: ["Kubernetes", "PostgreSQL", "TypeScript", "React", "Docker"] },
    ];
    await owner.patch(`/api/v1/resumes/${created.id}`, { document: { ...sample, skills } });
    const after = (await owner.post("/api/v1/ats/analyze", { resumeId: created.id, jobDescription })).json();
    expect(after.keywords.exactMatchRate).toBeGreaterThan(before.keywords.exactMatchRate);
    expect(after.score).toBeGreaterThan(before.score);
  });

  it("refuses an empty job description, an ambiguous request and signed-out callers", async () => {
    const user = await signUp(app, "candidate");
    const blank = await user.post("/api/v1/ats/analyze", { resume: sample, jobDescription: "   " });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors.map((e: { field: string }) => e.field)).toContain("body.jobDescription");
    const both = await user.post("/api/v1/ats/analyze", { resume: sample, resumeId: "x", jobDescription });
    expect(both.statusCode).toBe(400);
    const anonymous = await app.inject({
      method: "POST",
      url: "/api/v1/ats/analyze",
      payload: { resume: sample, jobDescription },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
