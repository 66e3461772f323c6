import { describe, expect, it } from "vitest";
import { element, fixtureOccupation } from "./fixtures/fixture-occupations";
import { analyseSkillGap } from "./skill-gap";

const analyst = fixtureOccupation({
  code: "15-2051.00",
  title: "Data Scientists",
  skills: [
    element("Programming", 4.5, 5),
    element("Mathematics", 4, 5.5),
    element("Critical Thinking", 4, 4.5),
    element("Speaking", 3, 3),
    element("Repairing", 1.5, 1), // not important: never a gap
    element("Writing", 3.5, null), // level suppressed by O*NET: cannot be compared
  ],
  knowledge: [element("Mathematics", 4.2, 6)],
  technologies: [
    { name: "Python", hot: true, inDemand: true },
    { name: "Tableau", hot: true, inDemand: false },
    { name: "SAS", hot: false, inDemand: true },
    { name: "Julia", hot: false, inDemand: false },
  ],
  escoSkills: ["statistics", "data mining", "present reports"],
});
const accountant = fixtureOccupation({
  code: "13-2011.00",
  title: "Accountants and Auditors",
  skills: [element("Mathematics", 3.8, 4), element("Critical Thinking", 4, 5), element("Speaking", 3.5, 3.5)],
  knowledge: [element("Mathematics", 3.9, 4)],
  technologies: [{ name: "SAS", hot: false, inDemand: false }],
  escoSkills: ["present reports"],
});

describe("analyseSkillGap", () => {
  it("ranks gaps by (importance − 1) / 4 × missing level, using the current occupation's levels", () => {
    const gap = analyseSkillGap({ from: accountant, to: analyst });
    expect(gap.gaps.map((g) => [g.kind, g.name, g.priority])).toEqual([
      ["skill", "Programming", 4.375], // 0.875 × (5 − 0)
      ["knowledge", "Mathematics", 1.6], // 0.8 × (6 − 4)
      ["skill", "Mathematics", 1.125], // 0.75 × (5.5 − 4)
    ]);
    expect(gap.gaps[0]).toMatchObject({ importance: 4.5, targetLevel: 5, currentLevel: 0 });
    expect(gap.covered.map((c) => c.name)).toEqual(["Critical Thinking", "Speaking"]);
    expect(gap.from).toEqual({ code: "13-2011.00", title: "Accountants and Auditors" });
  });

  it("lists missing technologies hot first, then in demand, and keeps the ones already used", () => {
    const gap = analyseSkillGap({ from: accountant, to: analyst });
    expect(gap.missingTechnologies.map((t) => t.name)).toEqual(["Python", "Tableau", "Julia"]);
    expect(gap.coveredTechnologies).toEqual(["SAS"]);
    expect(gap.missingEscoSkills).toEqual(["statistics", "data mining"]);
  });

  it("counts skills the person names (any case or punctuation) as met", () => {
    const gap = analyseSkillGap({ from: accountant, to: analyst, skills: ["programming", "PYTHON", "Data-Mining"] });
    expect(gap.gaps.map((g) => g.name)).not.toContain("Programming");
    expect(gap.covered.map((g) => g.name)).toContain("Programming");
    expect(gap.missingTechnologies.map((t) => t.name)).not.toContain("Python");
    expect(gap.missingEscoSkills).toEqual(["statistics"]);
  });

  it("treats every level as 0 without a current occupation, and reports readiness as the share met", () => {
    const none = analyseSkillGap({ to: analyst });
    expect(none.from).toBeNull();
    expect(none.covered).toEqual([]);
    expect(none.readiness).toBe(0);
    const same = analyseSkillGap({ from: analyst, to: analyst });
    expect(same.gaps).toEqual([]);
    expect(same.readiness).toBe(1);
    const partial = analyseSkillGap({ from: accountant, to: analyst }).readiness;
    expect(partial).toBeGreaterThan(0.4);
    expect(partial).toBeLessThan(0.8);
  });
});
