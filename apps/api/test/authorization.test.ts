import { describe, expect, it } from "vitest";
import { recruiterWithJob, signUp, startTestApp } from "./support/test-app";

const { app } = await startTestApp();

// Two employers, each with a recruiter, a draft job and an application; plus two candidates.
const a = await recruiterWithJob(app);
const b = await recruiterWithJob(app);
const draft = (
  await a.recruiter.post(`/api/v1/employers/${a.employer.id}/jobs`, {
    title: "Secret role",
    description: "Not public yet",
  })
).json();
const alice = await signUp(app, "candidate");
const bob = await signUp(app, "candidate");
const aliceApplication = (await alice.post(`/api/v1/jobs/${a.job.id}/applications`, { coverNote: "Hi" })).json();

function expectHidden(response: { statusCode: number; headers: Record<string, unknown> }) {
  expect([403, 404]).toContain(response.statusCode);
  expect(String(response.headers["content-type"])).toContain("application/problem+json");
}

describe("another user cannot read or change what is not theirs", () => {
  it("employer: a recruiter of another employer cannot read it, its members, invitations or jobs", async () => {
    for (const url of [
      `/api/v1/employers/${a.employer.id}`,
      `/api/v1/employers/${a.employer.id}/members`,
      `/api/v1/employers/${a.employer.id}/invitations`,
      `/api/v1/employers/${a.employer.id}/jobs`,
    ]) {
      expectHidden(await b.recruiter.get(url));
      expectHidden(await alice.get(url));
    }
  });

  it("employer: outsiders cannot invite members or create jobs", async () => {
    expectHidden(await b.recruiter.post(`/api/v1/employers/${a.employer.id}/invitations`, { email: "x@example.test" }));
    expectHidden(
      await b.recruiter.post(`/api/v1/employers/${a.employer.id}/jobs`, { title: "Injected", description: "x" }),
    );
    const jobs = (await a.recruiter.get(`/api/v1/employers/${a.employer.id}/jobs`)).json();
    expect(jobs.items.map((j: { title: string }) => j.title)).not.toContain("Injected");
  });

  it("job: drafts are invisible to outsiders; nobody outside the employer can edit a job", async () => {
    expectHidden(await b.recruiter.get(`/api/v1/jobs/${draft.id}`));
    expectHidden(await alice.get(`/api/v1/jobs/${draft.id}`));
    expectHidden(await app.inject({ method: "GET", url: `/api/v1/jobs/${draft.id}` }));
    expectHidden(await b.recruiter.patch(`/api/v1/jobs/${a.job.id}`, { title: "Hijacked" }));
    expectHidden(await alice.patch(`/api/v1/jobs/${a.job.id}`, { title: "Hijacked" }));
    expect((await a.recruiter.get(`/api/v1/jobs/${a.job.id}`)).json().title).toBe("Backend Engineer");
  });

  it("job: the public view of an open job leaves out the applicant count", async () => {
    const publicView = await alice.get(`/api/v1/jobs/${a.job.id}`);
    expect(publicView.statusCode).toBe(200);
    expect(publicView.json().applicantCount).toBeUndefined();
    expect((await a.recruiter.get(`/api/v1/jobs/${a.job.id}`)).json().applicantCount).toBe(1);
  });

  it("applications: another candidate and another employer cannot read, list, move or withdraw", async () => {
    const id = aliceApplication.id;
    for (const outsider of [bob, b.recruiter]) {
      expectHidden(await outsider.get(`/api/v1/applications/${id}`));
      expectHidden(await outsider.get(`/api/v1/applications/${id}/history`));
      expectHidden(await outsider.post(`/api/v1/applications/${id}/stage`, { stage: "screening" }));
      expectHidden(await outsider.post(`/api/v1/applications/${id}/withdraw`));
    }
    expectHidden(await b.recruiter.get(`/api/v1/jobs/${a.job.id}/applications`));
    expectHidden(await bob.get(`/api/v1/jobs/${a.job.id}/applications`));
    expect((await bob.get("/api/v1/me/applications")).json().items).toEqual([]);
    expect((await alice.get(`/api/v1/applications/${id}`)).json().stage).toBe("applied");
  });

  it("applications: the candidate cannot move their own stage; the recruiter cannot withdraw for them", async () => {
    const id = aliceApplication.id;
    expect((await alice.post(`/api/v1/applications/${id}/stage`, { stage: "offer" })).statusCode).toBe(403);
    expect((await a.recruiter.post(`/api/v1/applications/${id}/withdraw`)).statusCode).toBe(403);
  });

  it("profile: each user reads and writes only their own", async () => {
    await alice.patch("/api/v1/me/profile", { headline: "Alice's headline" });
    expect((await bob.get("/api/v1/me/profile")).json().headline).toBe("");
    expect((await alice.get("/api/v1/me/profile")).json().headline).toBe("Alice's headline");
  });

  it("roles: candidates cannot create employers or apply as recruiters", async () => {
    expect((await alice.post("/api/v1/employers", { name: "Alice Inc" })).statusCode).toBe(403);
    expect((await b.recruiter.post(`/api/v1/jobs/${a.job.id}/applications`, {})).statusCode).toBe(403);
  });

  it("signed-out callers get 401 problem+json from every private endpoint", async () => {
    for (const [method, url] of [
      ["GET", "/api/v1/me"],
      ["GET", "/api/v1/me/profile"],
      ["GET", "/api/v1/me/applications"],
      ["GET", "/api/v1/employers"],
      ["GET", `/api/v1/applications/${aliceApplication.id}`],
      ["POST", `/api/v1/jobs/${a.job.id}/applications`],
    ] as const) {
      const response = await app.inject({ method, url, payload: method === "POST" ? {} : undefined });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json().type).toMatch(/unauthenticated$/);
    }
  });
});
