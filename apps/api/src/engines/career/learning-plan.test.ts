import { describe, expect, it } from "vitest";
import type { LearningResource } from "../../modules/reference-data/reference-data";
import { buildLearningPlan, buildResourceIndex, planItemsFromGap, resourcesFor, topicKey } from "./learning-plan";
import type { SkillGap } from "./skill-gap";

const resource = (
  title: string,
  kind: LearningResource["kind"],
  topics: string[],
  source: LearningResource["source"],
) => ({
  title,
  url: `https://example.org/${topicKey(title)}`,
  kind,
  provider: null,
  topics,
  source,
});
const catalogue: LearningResource[] = [
  resource("Python Book", "book", ["python"], "free-programming-books"),
  resource("Python Course", "course", ["python"], "free-programming-books"),
  resource("Node Course", "course", ["node.js"], "free-programming-books"),
  resource("Principles of Accounting", "book", ["economics and accounting"], "curated"),
];
const index = buildResourceIndex(catalogue);

describe("resourcesFor", () => {
  it("finds resources by topic whatever the spelling, curated first, courses before books", () => {
    expect(resourcesFor(index, "Python").map((r) => r.title)).toEqual(["Python Course", "Python Book"]);
    expect(resourcesFor(index, "NodeJS").map((r) => r.title)).toEqual(["Node Course"]);
    expect(resourcesFor(index, "Economics and Accounting")[0]!.source).toBe("curated");
    expect(resourcesFor(index, "Python", 1)).toHaveLength(1);
    expect(resourcesFor(index, "Underwater Welding")).toEqual([]);
  });
});

describe("buildLearningPlan", () => {
  it("schedules the gaps in order into weeks at the chosen hours", () => {
    const plan = buildLearningPlan(
      index,
      [
        { name: "Python", levelGap: 1 },
        { name: "Economics and Accounting", levelGap: 2 },
        { name: "Negotiation", levelGap: 1.5 },
      ],
      10,
    );
    expect(plan.steps.map((s) => [s.skill, s.hours, s.startWeek, s.endWeek])).toEqual([
      ["Python", 20, 1, 2], // a course: 20 h
      ["Economics and Accounting", 30, 3, 5], // a book: 30 h
      ["Negotiation", 15, 6, 7], // no resource: 10 h per missing level point
    ]);
    expect(plan).toMatchObject({ weeklyHours: 10, totalHours: 65, totalWeeks: 7 });
    expect(plan.steps[2]!.resources).toEqual([]);
  });

  it("takes fewer weeks with more hours, and refuses zero hours", () => {
    const items = [{ name: "Python", levelGap: 1 }];
    expect(buildLearningPlan(index, items, 20).totalWeeks).toBe(1);
    expect(() => buildLearningPlan(index, items, 0)).toThrow(RangeError);
  });

  it("turns a skill gap into plan items: elements by priority, then hot technologies", () => {
    const gap = {
      gaps: [{ kind: "skill", name: "Programming", importance: 4.5, targetLevel: 5, currentLevel: 1.5, priority: 3 }],
      missingTechnologies: [
        { name: "Python", hot: true, inDemand: true },
        { name: "Julia", hot: false, inDemand: false },
      ],
    } as SkillGap;
    expect(planItemsFromGap(gap, 1)).toEqual([
      { name: "Programming", levelGap: 3.5 },
      { name: "Python", levelGap: 1 },
    ]);
  });
});
