import { describe, expect, it } from "vitest";
import { waitForMail } from "./support/outbox";
import { recruiterWithJob, signIn, signUp, startTestApp } from "./support/test-app";

const { app, deps } = await startTestApp();

describe("jobs", () => {
  it("creates, edits and lists an employer's jobs with applicant counts", async () => {
    const { recruiter, employer, job } = await recruiterWithJob(app, {
      salaryMin: 50_000,
      salaryMax: 70_000,
      workplace: "remote",
    });
    expect(job).toMatchObject({
      status: "open",
      workplace: "remote",
      salaryMin: 50_000,
      employerName: employer.name,
      applicantCount: 0,
    });
    const edited = await recruiter.patch(`/api/v1/jobs/${job.id}`, {
      title: "Staff Backend Engineer",
      status: "closed",
    });
    expect(edited.json()).toMatchObject({ title: "Staff Backend Engineer", status: "closed" });
    const list = (await recruiter.get(`/api/v1/employers/${employer.id}/jobs?status=closed`)).json();
    expect(list.items.map((j: { id: string }) => j.id)).toEqual([job.id]);
  });

  it("rejects bad input with problem+json that names each field, and stores nothing", async () => {
    const { recruiter, employer } = await recruiterWithJob(app);
    const response = await recruiter.post(`/api/v1/employers/${employer.id}/jobs`, {
      title: "x",
      description: "",
      salaryCurrency: "dollars",
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const problem = response.json();
    expect(problem.type).toMatch(/validation-error$/);
    const fields = problem.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["body.title", "body.description", "body.salaryCurrency"]));
    const list = (await recruiter.get(`/api/v1/employers/${employer.id}/jobs`)).json();
    expect(list.items).toHaveLength(1);
  });

  it("refuses a salary range whose minimum exceeds its maximum, also when patching one end", async () => {
    const { recruiter, employer, job } = await recruiterWithJob(app, { salaryMin: 60_000, salaryMax: 80_000 });
    const created = await recruiter.post(`/api/v1/employers/${employer.id}/jobs`, {
      title: "Analyst",
      description: "Numbers",
      salaryMin: 90_000,
      salaryMax: 10_000,
    });
    expect(created.statusCode).toBe(400);
    const patched = await recruiter.patch(`/api/v1/jobs/${job.id}`, { salaryMin: 95_000 });
    expect(patched.statusCode).toBe(400);
    expect((await recruiter.get(`/api/v1/jobs/${job.id}`)).json().salaryMin).toBe(60_000);
  });

  it("pages through open jobs by cursor without repeats or gaps, and searches", async () => {
    const { recruiter, employer } = await recruiterWithJob(app, { title: "Page seed" });
    for (let i = 0; i < 7; i++) {
      await recruiter.post(`/api/v1/employers/${employer.id}/jobs`, {
        title: `Zebra Keeper ${i}`,
        description: "Feed zebras",
        status: "open",
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/jobs?limit=3&q=zebra${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await app.inject({ method: "GET", url })).json();
      seen.push(...page.items.map((j: { title: string }) => j.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `Zebra Keeper ${i}`));
    const bad = await app.inject({ method: "GET", url: "/api/v1/jobs?cursor=not-a-cursor" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("querystring.cursor");
  });

  it("treats % and _ in a search as plain characters", async () => {
    const page = (await app.inject({ method: "GET", url: "/api/v1/jobs?q=%25" })).json();
    expect(page.items).toEqual([]);
  });
});

describe("applications", () => {
  it("runs the pipeline with history, refuses invalid moves, and mails the candidate", async () => {
    const { recruiter, job } = await recruiterWithJob(app);
    const candidate = await signUp(app, "candidate", { name: "Pat Candidate" });
    const applied = await candidate.post(`/api/v1/jobs/${job.id}/applications`, { coverNote: "Keen!" });
    expect(applied.statusCode).toBe(201);
    const id = applied.json().id;
    expect(applied.json()).toMatchObject({
      stage: "applied",
      jobTitle: "Backend Engineer",
      candidateName: "Pat Candidate",
    });
    expect(applied.json().candidateEmail).toBeUndefined();

    const again = await candidate.post(`/api/v1/jobs/${job.id}/applications`, {});
    expect(again.statusCode).toBe(409);

    const listed = (await recruiter.get(`/api/v1/jobs/${job.id}/applications`)).json();
    expect(listed.items[0]).toMatchObject({ id, candidateEmail: candidate.email });
    expect(listed.items[0].coverNote).toBeUndefined();
    expect((await recruiter.get(`/api/v1/applications/${id}`)).json().coverNote).toBe("Keen!");

    expect(
      (await recruiter.post(`/api/v1/applications/${id}/stage`, { stage: "screening", note: "good" })).json().stage,
    ).toBe("screening");
    expect((await recruiter.post(`/api/v1/applications/${id}/stage`, { stage: "interview" })).json().stage).toBe(
      "interview",
    );
    const backTwo = await recruiter.post(`/api/v1/applications/${id}/stage`, { stage: "applied" });
    expect(backTwo.statusCode).toBe(422);
    expect(backTwo.json().type).toMatch(/stage-transition-not-allowed$/);

    await recruiter.post(`/api/v1/applications/${id}/stage`, { stage: "rejected", note: "private note" });
    const history = (await candidate.get(`/api/v1/applications/${id}/history`)).json();
    expect(history.map((e: { toStage: string }) => e.toStage)).toEqual([
      "applied",
      "screening",
      "interview",
      "rejected",
    ]);
    expect(history[1]).toMatchObject({ fromStage: "applied", note: "good" });

    const closed = await recruiter.post(`/api/v1/applications/${id}/stage`, { stage: "offer" });
    expect(closed.statusCode).toBe(422);
    const withdrawn = await candidate.post(`/api/v1/applications/${id}/withdraw`);
    expect(withdrawn.statusCode).toBe(422);

    const mail = await waitForMail(deps, candidate.email, "Your application for Backend Engineer");
    expect(mail.text).not.toContain("private note");
  });

  it("lets a candidate withdraw and lists their applications newest first", async () => {
    const first = await recruiterWithJob(app);
    const second = await recruiterWithJob(app);
    const candidate = await signUp(app, "candidate");
    const one = (await candidate.post(`/api/v1/jobs/${first.job.id}/applications`, {})).json();
    const two = (await candidate.post(`/api/v1/jobs/${second.job.id}/applications`, {})).json();
    expect((await candidate.post(`/api/v1/applications/${one.id}/withdraw`)).json().stage).toBe("withdrawn");
    const mine = (await candidate.get("/api/v1/me/applications")).json();
    expect(mine.items.map((a: { id: string }) => a.id)).toEqual([two.id, one.id]);
    const onlyWithdrawn = (await candidate.get("/api/v1/me/applications?stage=withdrawn")).json();
    expect(onlyWithdrawn.items.map((a: { id: string }) => a.id)).toEqual([one.id]);
    const counts = (await first.recruiter.get(`/api/v1/jobs/${first.job.id}`)).json();
    expect(counts.applicantCount).toBe(0);
  });

  it("does not take applications to a draft or closed job", async () => {
    const { recruiter, job } = await recruiterWithJob(app);
    await recruiter.patch(`/api/v1/jobs/${job.id}`, { status: "closed" });
    const candidate = await signUp(app, "candidate");
    const response = await candidate.post(`/api/v1/jobs/${job.id}/applications`, {});
    expect(response.statusCode).toBe(404);
  });

  it("lets only one of two simultaneous stage moves win", async () => {
    const { recruiter, job } = await recruiterWithJob(app);
    const candidate = await signUp(app, "candidate");
    const { id } = (await candidate.post(`/api/v1/jobs/${job.id}/applications`, {})).json();
    const results = await Promise.all([
      recruiter.post(`/api/v1/applications/${id}/stage`, { stage: "screening" }),
      recruiter.post(`/api/v1/applications/${id}/stage`, { stage: "rejected" }),
    ]);
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses[0]).toBe(200);
    const history = (await recruiter.get(`/api/v1/applications/${id}/history`)).json();
    expect(history).toHaveLength(statuses.filter((s) => s === 200).length + 1);
  });
});

describe("employers and invitations", () => {
  it("invites a member by email who accepts after verifying their address", async () => {
    const { recruiter, employer } = await recruiterWithJob(app);
    const invitee = await signUp(app, "recruiter");
    const invited = await recruiter.post(`/api/v1/employers/${employer.id}/invitations`, {
      email: invitee.email,
      role: "member",
    });
    expect(invited.statusCode).toBe(201);
    const mail = await waitForMail(deps, invitee.email, "invited you");
    expect(mail.text).toContain(`/invitations/${invited.json().id}`);

    const unverified = await invitee.post(`/api/v1/invitations/${invited.json().id}/accept`);
    expect(unverified.statusCode).toBe(403);

    await deps.database.query(`update "user" set email_verified = true where id = $1`, [invitee.id]);
    const verified = await signIn(app, invitee.email);
    const pending = await verified.get("/api/v1/me/invitations");
    expect(pending.json().map((i: { id: string }) => i.id)).toEqual([invited.json().id]);
    const accepted = await verified.post(`/api/v1/invitations/${invited.json().id}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ id: employer.id, myRole: "member" });

    const members = (await recruiter.get(`/api/v1/employers/${employer.id}/members`)).json();
    expect(members.map((m: { email: string }) => m.email)).toContain(invitee.email);
    const memberInvite = await verified.post(`/api/v1/employers/${employer.id}/invitations`, {
      email: "someone@example.test",
    });
    expect(memberInvite.statusCode).toBe(403);
  });

  it("gives each employer a unique address", async () => {
    const recruiter = await signUp(app, "recruiter");
    const one = (await recruiter.post("/api/v1/employers", { name: "Same Name GmbH" })).json();
    const two = (await recruiter.post("/api/v1/employers", { name: "Same Name GmbH" })).json();
    expect(one.slug).toBe("same-name-gmbh");
    expect(two.slug).toBe("same-name-gmbh-2");
    const taken = await recruiter.post("/api/v1/employers", { name: "Other", slug: "same-name-gmbh" });
    expect(taken.statusCode).toBe(409);
  });
});

describe("dashboards", () => {
  it("counts jobs per status and applications per stage for members only", async () => {
    const { recruiter, employer, job } = await recruiterWithJob(app);
    await recruiter.post(`/api/v1/employers/${employer.id}/jobs`, { title: "Later", description: "Draft role" });
    const [one, two] = [await signUp(app, "candidate"), await signUp(app, "candidate")];
    const first = (await one.post(`/api/v1/jobs/${job.id}/applications`, {})).json();
    await two.post(`/api/v1/jobs/${job.id}/applications`, {});
    await recruiter.post(`/api/v1/applications/${first.id}/stage`, { stage: "screening" });
    const stats = (await recruiter.get(`/api/v1/employers/${employer.id}/pipeline`)).json();
    expect(stats.jobs).toEqual({ draft: 1, open: 1, closed: 0 });
    expect(stats.applicants).toBe(2);
    expect(stats.byStage).toMatchObject({ applied: 1, screening: 1, interview: 0 });
    expect((await one.get(`/api/v1/employers/${employer.id}/pipeline`)).statusCode).toBe(404);
  });

  it("tells a candidate whether they already applied to a job", async () => {
    const { job } = await recruiterWithJob(app);
    const candidate = await signUp(app, "candidate");
    expect((await candidate.get(`/api/v1/jobs/${job.id}`)).json().myApplication).toBeNull();
    const applied = (await candidate.post(`/api/v1/jobs/${job.id}/applications`, {})).json();
    expect((await candidate.get(`/api/v1/jobs/${job.id}`)).json().myApplication).toEqual({
      id: applied.id,
      stage: "applied",
    });
    expect((await app.inject({ method: "GET", url: `/api/v1/jobs/${job.id}` })).json().myApplication).toBeUndefined();
  });
});
