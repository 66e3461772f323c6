import { schema } from "@hirefolio/db";
import { count, eq, inArray } from "drizzle-orm";
import type { App } from "../app";
import type { AppDeps } from "../app-deps";
import { demoEmployer, demoJobs, demoPassword, demoProfile, demoUsers } from "./demo-data";
import { seedDemoMetricsHistory } from "./demo-metrics-history";
import { demoResume } from "./demo-resume";
import { demoInterviewRules, demoSchedulingWindow, demoTeamAvailability } from "./demo-scheduling";

type DemoKey = keyof typeof demoUsers;

/**
 * Creates the demo through the public API (app.inject), so seeding exercises the same validation and
 * authorisation as users do. Only email verification and the admin role are set directly.
 */
export async function seedDemo(app: App, deps: AppDeps) {
  const db = deps.database.db;
  const tokens = {} as Record<DemoKey, string>;
  const userIds = {} as Record<DemoKey, string>;

  async function call<T>(
    method: "GET" | "POST" | "PATCH" | "PUT",
    url: string,
    as: DemoKey | undefined,
    payload?: object,
  ) {
    const response = await app.inject({
      method,
      url,
      payload,
      headers: {
        "x-internal-call": app.internalCallToken,
        ...(as ? { authorization: `Bearer ${tokens[as]}` } : {}),
      },
    });
    if (response.statusCode >= 300) throw new Error(`seed: ${method} ${url} → ${response.statusCode} ${response.body}`);
    return response.json() as T;
  }

  for (const [key, user] of Object.entries(demoUsers) as [DemoKey, (typeof demoUsers)[DemoKey]][]) {
    const { token, user: created } = await call<{ token: string; user: { id: string } }>(
      "POST",
      "/api/auth/sign-up/email",
      undefined,
      { ...user, password: demoPassword },
    );
    tokens[key] = token;
    userIds[key] = created.id;
  }
  const emails = Object.values(demoUsers).map((u) => u.email);
  await db.update(schema.user).set({ emailVerified: true }).where(inArray(schema.user.email, emails));
  await db.update(schema.user).set({ role: "admin" }).where(eq(schema.user.email, demoUsers.admin.email));

  const employer = await call<{ id: string }>("POST", "/api/v1/employers", "recruiter", demoEmployer);
  for (const key of ["interviewer1", "interviewer2"] as const) {
    const invitation = await call<{ id: string }>("POST", `/api/v1/employers/${employer.id}/invitations`, "recruiter", {
      email: demoUsers[key].email,
      role: "member",
    });
    await call("POST", `/api/v1/invitations/${invitation.id}/accept`, key);
  }

  const jobs: { id: string }[] = [];
  for (const job of demoJobs) jobs.push(await call("POST", `/api/v1/employers/${employer.id}/jobs`, "recruiter", job));
  const flagship = jobs[0]!.id;

  await call("PATCH", "/api/v1/me/profile", "candidate", demoProfile);
  const resume = await call<{ id: string }>("POST", "/api/v1/resumes", "candidate", demoResume);
  const first = await call<{ id: string }>("POST", `/api/v1/jobs/${flagship}/applications`, "candidate", {
    coverNote: "I have built React and Node.js products for six years and would love to join Northwind Labs.",
    resumeId: resume.id,
  });
  const second = await call<{ id: string }>("POST", `/api/v1/jobs/${flagship}/applications`, "candidate2", {
    coverNote: "Backend-leaning engineer with PostgreSQL and TypeScript experience.",
  });
  await call("POST", `/api/v1/applications/${second.id}/stage`, "recruiter", {
    stage: "screening",
    note: "Strong PostgreSQL background; schedule a call.",
  });

  for (const key of ["recruiter", "interviewer1", "interviewer2"] as const) {
    await call("PUT", "/api/v1/me/availability", key, demoTeamAvailability);
  }
  const panel = { interviewerIds: [userIds.interviewer1, userIds.interviewer2], panelCount: 1 };
  const window = demoSchedulingWindow(deps.clock.now());
  const { slots } = await call<{ slots: { start: string }[] }>("POST", "/api/v1/scheduling/suggest", "recruiter", {
    applicationId: second.id,
    ...panel,
    ...demoInterviewRules,
    ...window,
    maxResults: 1,
  });
  if (slots[0]) {
    await call("POST", "/api/v1/interviews", "recruiter", {
      applicationId: second.id,
      ...panel,
      ...demoInterviewRules,
      title: "Technical interview",
      start: slots[0].start,
    });
  }
  await call("POST", "/api/v1/scheduling-links", "recruiter", {
    applicationId: first.id,
    ...panel,
    ...demoInterviewRules,
    ...window,
    title: "Intro call with Northwind Labs",
  });
  await seedDemoMetricsHistory(db, deps.clock.now(), {
    candidates: [userIds.candidate, userIds.candidate2],
    employers: [userIds.recruiter, userIds.interviewer1, userIds.interviewer2],
  });
  return { employerId: employer.id, jobIds: jobs.map((j) => j.id) };
}

export async function seedDemoIfEmpty(app: App, deps: AppDeps, print: (line: string) => void) {
  const [row] = await deps.database.db.select({ users: count() }).from(schema.user);
  if ((row?.users ?? 0) > 0) return false;
  await seedDemo(app, deps);
  printDemoAccounts(deps.config.PUBLIC_URL, print);
  return true;
}

export function printDemoAccounts(publicUrl: string, print: (line: string) => void) {
  print(`\nDemo data created. Sign in at ${publicUrl}/sign-in with password "${demoPassword}":`);
  for (const [key, user] of Object.entries(demoUsers)) {
    print(`  ${key.padEnd(13)} ${user.email}`);
  }
  print("");
}
