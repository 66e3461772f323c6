import { describe, expect, it } from "vitest";
import { careerPath, nextRoles } from "./career-paths";
import { element, fixtureOccupation, fixtureWages } from "./fixtures/fixture-occupations";
import { buildSimilarityModel } from "./occupation-similarity";

// A ladder of care jobs: aide (zone 2) → LPN (3) → RN (3) → nurse practitioner (5), and an unrelated developer job.
const care = (name: string) => [
  { statement: `Provide ${name} patient care and monitor patients' condition.`, core: true },
];
const skills = (service: number, science: number) => [
  element("Service Orientation", 4, service),
  element("Science", 3.5, science),
  element("Programming", 1.5, 0.5),
];
const occupations = [
  fixtureOccupation({
    code: "31-1131.00",
    title: "Nursing Assistants",
    jobZone: 2,
    skills: skills(4, 2),
    tasks: care("basic"),
    alternateTitles: ["nurse aide"],
    wages: fixtureWages(39_000),
    related: ["29-2061.00"],
  }),
  fixtureOccupation({
    code: "29-2061.00",
    title: "Licensed Practical Nurses",
    jobZone: 3,
    skills: skills(4.5, 3),
    tasks: care("practical"),
    alternateTitles: ["practical nurse"],
    wages: fixtureWages(60_000),
  }),
  fixtureOccupation({
    code: "29-1141.00",
    title: "Registered Nurses",
    jobZone: 3,
    skills: skills(5, 4),
    tasks: care("skilled"),
    alternateTitles: ["staff nurse"],
    wages: fixtureWages(93_600),
  }),
  fixtureOccupation({
    code: "29-1171.00",
    title: "Nurse Practitioners",
    jobZone: 5,
    skills: skills(5, 5.5),
    tasks: care("advanced"),
    alternateTitles: ["practitioner nurse"],
    wages: fixtureWages(129_000),
  }),
  fixtureOccupation({
    code: "15-1252.00",
    title: "Software Developers",
    jobZone: 4,
    skills: [element("Programming", 4.8, 6)],
    tasks: [{ statement: "Write and test software code.", core: true }],
    wages: fixtureWages(133_000),
  }),
];
const model = buildSimilarityModel(occupations);

describe("nextRoles", () => {
  it("ranks similar roles with reasons: shared skills, gap, salary and job zone change, O*NET relatedness", () => {
    const roles = nextRoles(model, occupations, "31-1131.00", { minSalaryRatio: null });
    expect(roles[0]!.code).toBe("29-2061.00");
    expect(roles[0]!.reasons).toMatchObject({
      onetRelatedRank: 1,
      sharedSkills: ["Service Orientation", "Science"],
      jobZoneChange: 1,
      salaryDelta: 21_000,
      salaryRatio: 1.538,
    });
    expect(roles[0]!.reasons.gapCount).toBeGreaterThan(0);
    expect(roles[0]!.reasons.topGaps[0]).toBe("Science");
    const scores = roles.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("leaves out roles more than one job zone away, and pay cuts below the salary floor", () => {
    const fromAide = nextRoles(model, occupations, "31-1131.00").map((r) => r.code);
    expect(fromAide).not.toContain("29-1171.00"); // zone 2 → 5
    expect(fromAide).not.toContain("15-1252.00"); // zone 2 → 4
    const fromRn = nextRoles(model, occupations, "29-1141.00").map((r) => r.code);
    expect(fromRn).not.toContain("31-1131.00"); // 39,000 / 93,600 < 0.75 (and zone 3 → 2 is allowed)
    expect(nextRoles(model, occupations, "29-1141.00", { minSalaryRatio: null }).map((r) => r.code)).toContain(
      "31-1131.00",
    );
    expect(nextRoles(model, occupations, "29-1141.00", { maxJobZoneStep: 2 }).map((r) => r.code)).toContain(
      "29-1171.00",
    );
    expect(nextRoles(model, occupations, "00-0000.00")).toEqual([]);
  });
});

describe("careerPath", () => {
  it("climbs at most the allowed job zones per move to a distant target, never through an unrelated job", () => {
    const path = careerPath(model, occupations, "31-1131.00", "29-1171.00", { maxJobZoneStep: 2 })!;
    expect(path.steps[0]).toMatchObject({ code: "31-1131.00", similarity: 1, gapCount: 0 });
    expect(path.steps.at(-1)!.code).toBe("29-1171.00");
    expect(path.steps.length).toBeGreaterThanOrEqual(3); // 2 → 5 cannot be one move
    for (let k = 1; k < path.steps.length; k++) {
      expect(path.steps[k]!.jobZone! - path.steps[k - 1]!.jobZone!).toBeLessThanOrEqual(2);
      expect(path.steps[k]!.gapCount).toBeGreaterThanOrEqual(0);
    }
    expect(path.plausibility).toBeGreaterThan(0);
    expect(path.plausibility).toBeLessThanOrEqual(1);
  });

  it("returns undefined when every route needs a larger step than allowed, or too many moves", () => {
    // 3 → 5 needs a zone-4 stop, and the only zone-4 job (software) is unrelated to nursing.
    expect(careerPath(model, occupations, "29-1141.00", "29-1171.00")).toBeUndefined();
    expect(careerPath(model, occupations, "29-1141.00", "29-1171.00", { maxJobZoneStep: 2 })!.steps).toHaveLength(2);
    expect(careerPath(model, occupations, "31-1131.00", "29-1141.00", { maxSteps: 0 })).toBeUndefined();
  });
});
