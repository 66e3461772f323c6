import type { AvailabilityInput } from "@hirefolio/shared";

/** Office hours for the demo hiring team: Berlin, weekdays 09:00–17:00, at most three interviews a day. */
export const demoTeamAvailability: AvailabilityInput = {
  timeZone: "Europe/Berlin",
  weeklyHours: Object.fromEntries(
    (["mon", "tue", "wed", "thu", "fri"] as const).map((day) => [day, [{ start: "09:00", end: "17:00" }]]),
  ),
  dateOverrides: [],
  outOfOffice: [],
  preferences: { preferredHours: { tue: [{ start: "10:00", end: "12:00" }], thu: [{ start: "10:00", end: "12:00" }] } },
  limits: { maxPerDay: 3, maxMinutesPerWeek: 600 },
};

const day = 86_400_000;

/** The next week from `now`: where the demo books its interview and offers self-scheduling. */
export function demoSchedulingWindow(now: Date) {
  return {
    windowStart: new Date(now.getTime() + day).toISOString(),
    windowEnd: new Date(now.getTime() + 8 * day).toISOString(),
  };
}

export const demoInterviewRules = {
  durationMinutes: 45,
  bufferBeforeMinutes: 10,
  bufferAfterMinutes: 10,
  minimumNoticeMinutes: 120,
  stepMinutes: 15,
  videoLink: "https://meet.example.com/northwind-interview",
};
