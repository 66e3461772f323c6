import { describe, expect, it } from "vitest";
import { berlinAt, hiringTeam } from "./support/scheduling-team";
import { recruiterWithJob, signUp, startTestApp } from "./support/test-app";

const { app, deps } = await startTestApp();

const stamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

function oneMeeting(start: string, end: string) {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Test//EN",
    "BEGIN:VEVENT",
    "UID:dentist@test",
    `DTSTAMP:${stamp(start)}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(end)}`,
    "SUMMARY:Dentist",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

describe("GET /api/v1/employers/:employerId/busy", () => {
  it("shows members' imported busy time to the team, without titles, and nothing to anyone else", async () => {
    const team = await hiringTeam(app, deps);
    const uploaded = await team.colleague.post("/api/v1/me/calendars/ics", {
      ics: oneMeeting(berlinAt(1, "10:00"), berlinAt(1, "11:30")),
    });
    expect(uploaded.statusCode).toBe(201);
    const range = `from=${encodeURIComponent(berlinAt(0, "00:00"))}&to=${encodeURIComponent(berlinAt(7, "00:00"))}`;

    const seen = await team.recruiter.get(`/api/v1/employers/${team.employer.id}/busy?${range}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().items).toEqual([
      {
        userId: team.colleague.id,
        start: new Date(berlinAt(1, "10:00")).toISOString(),
        end: new Date(berlinAt(1, "11:30")).toISOString(),
      },
    ]);
    expect(seen.body).not.toContain("Dentist");

    const outsider = (await recruiterWithJob(app)).recruiter;
    expect((await outsider.get(`/api/v1/employers/${team.employer.id}/busy?${range}`)).statusCode).toBe(404);
    expect((await team.candidate.get(`/api/v1/employers/${team.employer.id}/busy?${range}`)).statusCode).toBe(404);
    const stranger = await signUp(app, "candidate");
    expect((await stranger.get(`/api/v1/employers/${team.employer.id}/busy?${range}`)).statusCode).toBe(404);
  });

  it("refuses a range that ends before it starts or spans more than 90 days", async () => {
    const team = await hiringTeam(app, deps);
    const backwards = await team.recruiter.get(
      `/api/v1/employers/${team.employer.id}/busy?from=${encodeURIComponent(berlinAt(2, "00:00"))}&to=${encodeURIComponent(berlinAt(1, "00:00"))}`,
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].message).toBe("ends before it starts");
    const tooLong = await team.recruiter.get(
      `/api/v1/employers/${team.employer.id}/busy?from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z`,
    );
    expect(tooLong.statusCode).toBe(400);
  });
});
