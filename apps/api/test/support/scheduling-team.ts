import { DateTime } from "luxon";
import type { App } from "../../src/app";
import type { AppDeps } from "../../src/app-deps";
import { recruiterWithJob, signUp, type TestUser } from "./test-app";

export const officeHours = [{ start: "09:00", end: "17:00" }];
export const berlinWeekdays = {
  timeZone: "Europe/Berlin",
  weeklyHours: { mon: officeHours, tue: officeHours, wed: officeHours, thu: officeHours, fri: officeHours },
};

/** Monday two weeks ahead in Berlin: far enough that minimum notice and reminders never interfere. */
export const monday = DateTime.now().setZone("Europe/Berlin").startOf("week").plus({ weeks: 2 });

/** An instant on a day of that week (0 = Monday) at a Berlin wall-clock time, as ISO with offset. */
export function berlinAt(day: number, clock: string) {
  const [hour, minute] = clock.split(":").map(Number);
  return monday.plus({ days: day }).set({ hour, minute }).toISO({ suppressMilliseconds: true })!;
}

export function putAvailability(user: TestUser, availability: object) {
  return user.request("PUT", "/api/v1/me/availability", availability);
}

/**
 * A recruiter who owns an employer with an open job, a colleague who is a member of it, and a candidate who
 * applied. Both interviewers work weekdays 09:00–17:00 in Berlin; the candidate saved no availability.
 */
export async function hiringTeam(app: App, deps: AppDeps) {
  const { recruiter, employer, job } = await recruiterWithJob(app);
  const colleague = await signUp(app, "recruiter");
  // Joining through an emailed invitation is tested elsewhere; membership is what matters here.
  await deps.database.query(
    "insert into member (id, organization_id, user_id, role, created_at) values ($1, $2, $3, 'member', now())",
    [crypto.randomUUID(), employer.id, colleague.id],
  );
  const candidate = await signUp(app, "candidate");
  const application = (await candidate.post(`/api/v1/jobs/${job.id}/applications`, {})).json();
  for (const interviewer of [recruiter, colleague]) {
    const saved = await putAvailability(interviewer, berlinWeekdays);
    if (saved.statusCode !== 200) throw new Error(`availability not saved: ${saved.body}`);
  }
  return { recruiter, colleague, candidate, employer, job, application };
}

export type HiringTeam = Awaited<ReturnType<typeof hiringTeam>>;

/** A booking request for the team's application with both interviewers. */
export function bookingFor(team: HiringTeam, start: string, extra: Record<string, unknown> = {}) {
  return {
    applicationId: team.application.id,
    interviewerIds: [team.recruiter.id, team.colleague.id],
    durationMinutes: 60,
    start,
    ...extra,
  };
}
