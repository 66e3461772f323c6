import type { JobSearchGap, JobSearchSituation, JobSearchUrgency } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import {
  buildJobSearchPlan,
  jobSearchProgress,
  locationKind,
  planLength,
  searchTerms,
  singularTitle,
} from "./job-search-plan";

const gap = (name: string, overrides: Partial<JobSearchGap> = {}): JobSearchGap => ({
  name,
  kind: "skill",
  importance: 4.1,
  currentLevel: 2,
  targetLevel: 4.5,
  hot: false,
  resource: null,
  ...overrides,
});

/** Web Developers → Software Developers, shaped like the O*NET 29.3 records the service passes in. */
function situation(overrides: Partial<JobSearchSituation> = {}, target: Partial<JobSearchSituation["target"]> = {}) {
  const value: JobSearchSituation = {
    current: { code: "15-1254.00", title: "Web Developers", jobZone: 3 },
    target: {
      code: "15-1252.00",
      title: "Software Developers",
      jobZone: 4,
      reportedTitles: ["Software Engineer", "Application Developer (Java)", "Software Developer"],
      alternateTitles: [
        ".net developer",
        "acnp (not a real title)",
        "android developer",
        "application architect",
        "application developer",
        "applications development manager",
      ],
      hotTechnologies: ["SQL", "Python", "Kubernetes"],
      topGaps: [
        gap("Programming", {
          resource: {
            title: "Python for Everybody",
            url: "https://www.py4e.com/",
            kind: "course",
            provider: "University of Michigan",
            source: "curated",
          },
        }),
        gap("Systems Analysis"),
        gap("Operations Analysis"),
        gap("Kubernetes", { kind: "technology", importance: null, currentLevel: null, targetLevel: null, hot: true }),
      ],
      readiness: 0.55,
      medianAnnualWage: 133080,
      ...target,
    },
    bridge: null,
    location: null,
    urgency: "within-3-months",
    weeklyHours: 8,
    startDate: "2025-06-02",
    sources: [
      { dataset: "O*NET 29.3", period: "May 2025", citation: "O*NET" },
      { dataset: "BLS OEWS", period: "May 2024", citation: "BLS" },
    ],
    ...overrides,
  };
  return value;
}

const allTasks = (plan: ReturnType<typeof buildJobSearchPlan>) => plan.weeks.flatMap((w) => w.tasks);
const urgencies: JobSearchUrgency[] = ["exploring", "within-3-months", "asap"];

describe("buildJobSearchPlan", () => {
  it("never plans more hours in a week than the budget, and always plans something", () => {
    for (const urgency of urgencies) {
      for (const weeklyHours of [1, 2, 3, 5, 8, 13, 25, 60]) {
        for (const readiness of [0.1, 0.55, 0.95, null]) {
          for (const location of [null, "remote", "Seattle, WA"]) {
            const plan = buildJobSearchPlan(situation({ urgency, weeklyHours, location }, { readiness }));
            for (const week of plan.weeks) {
              const sum = week.tasks.reduce((s, t) => s + t.estimatedHours, 0);
              expect(sum).toBe(week.hours);
              expect(sum).toBeLessThanOrEqual(weeklyHours);
              expect(week.tasks.length).toBeGreaterThan(0);
              for (const task of week.tasks) expect(task.estimatedHours).toBeGreaterThan(0);
            }
          }
        }
      }
    }
  });

  it("plans 4–12 weeks: shorter when urgent, longer when the gap is bigger", () => {
    expect(planLength("asap", 0.95)).toBe(4);
    expect(planLength("exploring", 0)).toBe(12);
    for (const urgency of urgencies) {
      expect(planLength(urgency, 0.2)).toBeGreaterThanOrEqual(planLength(urgency, 0.8));
    }
    expect(planLength("asap", 0.5)).toBeLessThan(planLength("within-3-months", 0.5));
    expect(planLength("within-3-months", 0.5)).toBeLessThan(planLength("exploring", 0.5));
    const plan = buildJobSearchPlan(situation({ urgency: "exploring" }));
    expect(plan.totalWeeks).toBe(plan.weeks.length);
    expect(plan.weeks.map((w) => w.startsOn).slice(0, 3)).toEqual(["2025-06-02", "2025-06-09", "2025-06-16"]);
  });

  it("gives the same plan and task ids for the same situation, and ids are unique", () => {
    const a = buildJobSearchPlan(situation({ location: "remote" }));
    const b = buildJobSearchPlan(situation({ location: "remote" }));
    expect(a).toEqual(b);
    const ids = allTasks(a).map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe("w1-search-setup-saved-searches");
  });

  it("front-loads applications when the search is urgent", () => {
    const plan = buildJobSearchPlan(situation({ urgency: "asap" }));
    const firstWeek = plan.weeks[0]!.tasks.find((t) => t.category === "applications");
    expect(firstWeek?.targetCount).toBeGreaterThanOrEqual(3);
    expect(firstWeek?.title).toMatch(/^Apply to \d+ roles titled “software developer”/);
    expect(firstWeek?.link).toBe("/jobs?q=software%20developer");
    expect(plan.weeks[0]!.tasks.some((t) => t.category === "skills")).toBe(false);
  });

  it("front-loads skills when the gap is big, and starts applying later", () => {
    const topGaps = [...situation().target.topGaps, gap("Mathematics"), gap("Critical Thinking")];
    const plan = buildJobSearchPlan(situation({ urgency: "exploring", weeklyHours: 10 }, { readiness: 0.2, topGaps }));
    const half = Math.ceil(plan.totalWeeks / 2);
    const hours = (weeks: typeof plan.weeks, category: string) =>
      weeks.flatMap((w) => w.tasks).reduce((s, t) => s + (t.category === category ? t.estimatedHours : 0), 0);
    expect(hours(plan.weeks.slice(0, half), "skills")).toBeGreaterThan(hours(plan.weeks.slice(half), "skills"));
    const firstApplicationWeek = plan.weeks.find((w) => w.tasks.some((t) => t.category === "applications"))!.week;
    expect(firstApplicationWeek).toBeGreaterThan(3);
    // Once every gap is scheduled, applications start even if the lead has not run out.
    const fewGaps = buildJobSearchPlan(situation({ urgency: "exploring", weeklyHours: 10 }, { readiness: 0.2 }));
    expect(fewGaps.weeks[2]!.tasks.some((t) => t.category === "applications")).toBe(true);
    expect(plan.weeks[1]!.focus).toBe("Close skill gaps");

    const ready = buildJobSearchPlan(
      situation({ urgency: "exploring", weeklyHours: 10 }, { readiness: 0.95, topGaps }),
    );
    expect(ready.weeks.find((w) => w.tasks.some((t) => t.category === "applications"))!.week).toBeLessThan(
      firstApplicationWeek,
    );
  });

  it("turns each top gap into one skills task with its resource and the O*NET evidence", () => {
    const tasks = allTasks(buildJobSearchPlan(situation({ weeklyHours: 10 })));
    const skills = tasks.filter((t) => t.category === "skills");
    expect(skills.map((t) => t.title)).toEqual([
      "Strengthen Programming",
      "Strengthen Systems Analysis",
      "Strengthen Operations Analysis",
      "Learn the basics of Kubernetes",
    ]);
    expect(skills[0]!.link).toBe("https://www.py4e.com/");
    expect(skills[0]!.detail).toContain("“Python for Everybody” (free course, University of Michigan)");
    expect(skills[0]!.evidence).toBe(
      "Software Developers rate Programming 4.1/5 in importance at level 4.5; Web Developers work at 2.0 (O*NET).",
    );
    expect(skills[3]!.evidence).toBe("Kubernetes is a hot technology for Software Developers (O*NET).");
    const resume = tasks.find((t) => t.id === "w1-resume-tailor-resume")!;
    expect(resume.evidence).toContain("Hot technologies for Software Developers (O*NET): SQL, Python, Kubernetes.");
    expect(resume.evidence).toContain("Job Zone 4: considerable preparation; most ask for a bachelor's degree");
  });

  it("searches the target's title, the titles people report, then O*NET alternate titles", () => {
    expect(singularTitle("Software Developers")).toBe("software developer");
    expect(singularTitle("Secretaries")).toBe("secretary");
    expect(singularTitle("Coaches")).toBe("coach");
    const terms = searchTerms(situation().target);
    expect(terms).toEqual(["software developer", "software engineer", ".net developer", "android developer"]);
    expect(
      searchTerms({ title: "Computer Occupations, All Other", reportedTitles: [], alternateTitles: ["IT specialist"] }),
    ).toEqual(["it specialist"]);
    const setup = buildJobSearchPlan(situation()).weeks[0]!.tasks[0]!;
    expect(setup.category).toBe("search-setup");
    expect(setup.title).toBe(`Save job searches for ${terms.map((t) => `“${t}”`).join(", ")}`);
  });

  it("suggests applying to a bridge role first when the target is two or more job zones up", () => {
    const bridge = { code: "43-3031.00", title: "Bookkeeping, Accounting, and Auditing Clerks", jobZone: 3 };
    const current = { code: "41-2011.00", title: "Cashiers", jobZone: 2 };
    const plan = buildJobSearchPlan(situation({ current, bridge }));
    const apply = allTasks(plan).filter((t) => t.category === "applications");
    expect(apply.length).toBeGreaterThan(0);
    for (const task of apply) {
      expect(task.title).toContain("“bookkeeping, accounting, and auditing clerk”");
      expect(task.evidence).toContain("Software Developers is 2 job zones above Cashiers");
    }
    expect(plan.weeks[0]!.tasks[0]!.title).toContain("“bookkeeping, accounting, and auditing clerk”");
    // One zone up is a normal move: the bridge is not used even if one is passed.
    const oneStep = buildJobSearchPlan(situation({ bridge }));
    expect(allTasks(oneStep).some((t) => t.title.includes("bookkeeping"))).toBe(false);
  });

  it("adapts tasks to a place or to remote work, and mentions neither without a location", () => {
    const texts = (location: string | null) =>
      allTasks(buildJobSearchPlan(situation({ location, urgency: "asap" }))).map((t) =>
        [t.title, t.detail, t.evidence, t.link ?? ""].join(" "),
      );
    const seattle = texts("Seattle, WA");
    expect(
      seattle.some((t) => t.includes("Go to 1 meetup or industry event for Software Developers in Seattle, WA")),
    ).toBe(true);
    expect(seattle.some((t) => t.includes("workplace=remote"))).toBe(false);
    const remote = texts("Remote");
    expect(remote.some((t) => t.includes("/jobs?q=software%20developer&workplace=remote"))).toBe(true);
    expect(remote.some((t) => t.includes("online community"))).toBe(true);
    expect(remote.some((t) => /meetup/i.test(t))).toBe(false);
    for (const text of texts(null)) {
      expect(text).not.toMatch(/remote|Seattle|near /i);
    }
    expect(locationKind("anywhere")).toEqual({ kind: "none" });
    expect(locationKind("work from home")).toEqual({ kind: "remote" });
  });

  it("moves a one-off task that does not fit a small week to the next week", () => {
    const plan = buildJobSearchPlan(situation({ weeklyHours: 1 }));
    const ids = allTasks(plan).map((t) => t.id);
    expect(ids).toContain("w1-search-setup-saved-searches");
    expect(ids.some((id) => /^w[2-9]-resume-tailor-resume$/.test(id))).toBe(true);
    expect(ids.some((id) => /-resume-ats-check$/.test(id))).toBe(true);
  });
});

describe("jobSearchProgress", () => {
  const plan = buildJobSearchPlan(situation());
  const week2 = plan.weeks[1]!.tasks.map((t) => t.id);
  const total = allTasks(plan).length;

  it("counts ticked tasks overall and in the week today falls in", () => {
    const done = new Set([week2[0]!, plan.weeks[0]!.tasks[0]!.id]);
    const progress = jobSearchProgress(plan, done, "2025-06-12");
    expect(progress).toEqual({
      done: 2,
      total,
      percent: Math.round((2 / total) * 100),
      thisWeek: { week: 2, done: 1, total: week2.length },
    });
  });

  it("has no current week before the start or after the end, and ignores unknown ids", () => {
    expect(jobSearchProgress(plan, new Set(["nope"]), "2025-06-01")).toMatchObject({ done: 0, thisWeek: null });
    const end = plan.weeks.at(-1)!.startsOn;
    expect(jobSearchProgress(plan, new Set(), end).thisWeek?.week).toBe(plan.totalWeeks);
    const after = new Date(Date.parse(end) + 7 * 86_400_000).toISOString().slice(0, 10);
    expect(jobSearchProgress(plan, new Set(), after).thisWeek).toBeNull();
  });
});
