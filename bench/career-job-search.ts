/**
 * Job search plan speed: building the situation from the career service (occupation detail, skill gap, learning
 * resources and, for a two-zone step, a career path) and the pure plan engine alone. Wall-clock p50/p95 after a
 * warm-up, on the real O*NET / BLS bundle; no database (the service's only writes are one insert per plan).
 *
 *   node --import tsx bench/career-job-search.ts
 */
import type { JobSearchSituation } from "@hirefolio/shared";
import { buildJobSearchPlan } from "../apps/api/src/engines/career/job-search-plan";
import { createCareerService } from "../apps/api/src/modules/career/career-service";
import type { ResumesService } from "../apps/api/src/modules/resumes/resumes-service";
import { timeRuns } from "./support/percentiles";

// No resume is read: the requests name no resumeId.
const career = createCareerService({ resumes: {} as ResumesService });
const user = {
  id: "bench",
  name: "Bench",
  email: "bench@example.test",
  emailVerified: true,
  role: "candidate" as const,
};
await career.warmUp();

const target = await career.occupationDetail("15-1252.00");
const gap = await career.skillGap(user, { from: "41-2011.00", to: target.code });
const situation: JobSearchSituation = {
  current: { code: "41-2011.00", title: "Cashiers", jobZone: 2 },
  target: {
    code: target.code,
    title: target.title,
    jobZone: target.jobZone,
    reportedTitles: target.reportedTitles,
    alternateTitles: target.alternateTitles,
    hotTechnologies: target.technologies.filter((t) => t.hot).map((t) => t.name),
    topGaps: gap.gaps.slice(0, 4).map((g) => ({ ...g, currentLevel: g.currentLevel, hot: false, resource: null })),
    readiness: gap.readiness,
    medianAnnualWage: 133080,
  },
  bridge: null,
  location: "Seattle, WA",
  urgency: "exploring",
  weeklyHours: 10,
  startDate: "2025-06-02",
  sources: [target.source],
};

const engine = await timeRuns(() => buildJobSearchPlan(situation), { runs: 2000, warmUp: 200, digits: 3 });
const inputs = await timeRuns(
  () =>
    Promise.all([
      career.occupationDetail("15-1252.00"),
      career.occupationDetail("41-2011.00"),
      career.skillGap(user, { from: "41-2011.00", to: "15-1252.00" }),
      career.learningPlan(user, { from: "41-2011.00", to: "15-1252.00", weeklyHours: 10 }),
      career.paths({ from: "41-2011.00", to: "15-1252.00", limit: 1 }),
    ]),
  { runs: 100, warmUp: 10, digits: 2 },
);
const plan = buildJobSearchPlan(situation);
console.log(
  JSON.stringify(
    {
      planEngine: engine,
      situationFromCareerService: inputs,
      planSize: {
        weeks: plan.totalWeeks,
        tasks: plan.weeks.flatMap((w) => w.tasks).length,
        jsonBytes: JSON.stringify(plan).length,
      },
    },
    null,
    2,
  ),
);
