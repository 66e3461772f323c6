import { describe, expect, it } from "vitest";
import { type ActorDays, type ActorPlace, actorCells, actorFlags } from "./actor-places";

// Two day buckets, then the whole window as one period.
const places: ActorPlace[] = [
  { scope: "bucket", index: 0, start: 0, end: 1 },
  { scope: "bucket", index: 1, start: 1, end: 2 },
  { scope: "period", index: 1, start: 0, end: 2 },
];

/** Bytes of a bit string written as "0110…", first day in the high bit, as PostgreSQL sends `bit varying`. */
const bits = (days: string) =>
  Uint8Array.from({ length: Math.ceil(days.length / 8) }, (_, i) =>
    Number.parseInt(days.slice(i * 8, i * 8 + 8).padEnd(8, "0"), 2),
  );

const user = (days: Partial<ActorDays>): ActorDays => ({
  candidate: true,
  active: bits(""),
  coachMessage: bits(""),
  resumeCreated: bits(""),
  liveDays: [],
  videoDay: null,
  profileDay: null,
  ...days,
});

const cellsOf = (users: ActorDays[]) => {
  const cells = actorCells(places, users);
  return (scope: ActorPlace["scope"], index: number, key: string) =>
    cells.find((c) => c.scope === scope && c.index === index && c.key === key);
};

describe("actorCells", () => {
  it("counts each user once per place, from stored bits and live days alike", () => {
    const cell = cellsOf([
      // Active on both days: one active user of the period, not two.
      user({ active: bits("11"), coachMessage: bits("01") }),
      // Stored bits stop after day 0; day 1 came live with a resume created.
      user({ active: bits("1"), liveDays: [{ offset: 1, flags: actorFlags.active | actorFlags.resumeCreated }] }),
      // A recruiter counts as active, not as a candidate.
      user({ candidate: false, active: bits("01"), coachMessage: bits("01") }),
    ]);
    expect(cell("bucket", 0, "coach_engagement_rate")).toMatchObject({ numerator: 0, denominator: 2 });
    expect(cell("bucket", 1, "coach_engagement_rate")).toMatchObject({ numerator: 2, denominator: 3 });
    expect(cell("bucket", 1, "resume_creation_rate")).toMatchObject({ numerator: 1, denominator: 2 });
    expect(cell("period", 1, "coach_engagement_rate")).toMatchObject({ numerator: 2, denominator: 3 });
    expect(cell("period", 1, "resume_creation_rate")).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it("counts a milestone reached before the end of the place, among active candidates only", () => {
    const cell = cellsOf([
      user({ active: bits("11"), videoDay: 1, profileDay: -30 }),
      // Had a video, but was not active in the window.
      user({ active: bits("00"), videoDay: 0 }),
    ]);
    expect(cell("bucket", 0, "video_upload_rate")).toMatchObject({ numerator: 0, denominator: 1 });
    expect(cell("bucket", 1, "video_upload_rate")).toMatchObject({ numerator: 1, denominator: 1 });
    expect(cell("bucket", 0, "profile_completion_rate")).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it("leaves out places where nobody was active", () => {
    expect(
      actorCells(places, [user({ active: bits("01"), coachMessage: bits("10") })]).map((c) => [c.scope, c.index]),
    ).not.toContainEqual(["bucket", 0]);
  });
});
