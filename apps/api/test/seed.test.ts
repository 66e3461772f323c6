import { describe, expect, it } from "vitest";
import { demoPassword, demoUsers } from "../src/seed/demo-data";
import { seedDemo, seedDemoIfEmpty } from "../src/seed/demo-seed";
import { signIn, startTestApp } from "./support/test-app";

// A strict sign-up limit shows the seed is not throttled by the limits meant for people.
const { app, deps } = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "2" });

async function signInAs(email: string) {
  const user = await signIn(app, email, demoPassword, { "x-internal-call": app.internalCallToken });
  return (url: string) => user.get(url).then((r) => r.json());
}

describe("demo seed", () => {
  it("creates an employer with a recruiter and two interviewers, a job with two applications, and a candidate", async () => {
    const lines: string[] = [];
    expect(await seedDemoIfEmpty(app, deps, (l) => lines.push(l))).toBe(true);
    expect(lines.join("\n")).toContain(demoUsers.recruiter.email);
    expect(lines.join("\n")).toContain(demoPassword);

    const asRecruiter = await signInAs(demoUsers.recruiter.email);
    const me = await asRecruiter("/api/v1/me");
    expect(me.role).toBe("recruiter");
    const employer = me.employers[0];
    expect(employer.name).toBe("Northwind Labs");
    const members = await asRecruiter(`/api/v1/employers/${employer.id}/members`);
    expect(members.map((m: { email: string }) => m.email).sort()).toEqual(
      [demoUsers.interviewer1.email, demoUsers.interviewer2.email, demoUsers.recruiter.email].sort(),
    );
    const jobs = await asRecruiter(`/api/v1/employers/${employer.id}/jobs`);
    const flagship = jobs.items.find((j: { title: string }) => j.title === "Senior Full-Stack Engineer");
    expect(flagship.applicantCount).toBe(2);

    const asCandidate = await signInAs(demoUsers.candidate.email);
    const mine = await asCandidate("/api/v1/me/applications");
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].hasResume).toBe(true);
    const resumes = await asCandidate("/api/v1/resumes");
    expect(resumes.items.map((r: { title: string }) => r.title)).toEqual(["Casey Jordan — Full-Stack"]);

    const now = Date.now();
    const week = `from=${new Date(now).toISOString()}&to=${new Date(now + 9 * 86_400_000).toISOString()}`;
    const interviews = await asRecruiter(`/api/v1/interviews?${week}`);
    expect(interviews.items).toHaveLength(1);
    expect((await asRecruiter("/api/v1/me/availability")).configured).toBe(true);
    expect((await asCandidate("/api/v1/me/profile")).completeness).toBe(100);
    expect((await signInAs(demoUsers.admin.email).then((get) => get("/api/v1/me"))).role).toBe("admin");
  });

  it("does nothing on a database that already has users", async () => {
    expect(await seedDemoIfEmpty(app, deps, () => {})).toBe(false);
    await expect(seedDemo(app, deps)).rejects.toThrow(/sign-up/);
  });
});
