/**
 * Resume diff: field-level diff of two 2-page resumes (6 jobs × 6 bullets, education, projects, skills; ~850
 * words) that differ the way an editing session does: reworded bullets, a bullet added at the top, a job added,
 * a skill removed, a new summary. p50/p95 over 500 runs after a warm-up.
 *
 *   node --import tsx bench/resume-diff.ts
 */
import { diffResumes } from "../apps/api/src/engines/resume-diff/resume-diff";
import { timeRuns } from "./support/percentiles";
import { benchBullet, twoPageResume } from "./support/two-page-resume";

const runs = 500;

const before = twoPageResume({ jobs: 6, bulletsPerJob: 6 });
const after = structuredClone(before);
after.basics.summary = `${after.basics.summary} Now focused on developer experience and platform reliability.`;
for (const job of after.work.slice(0, 3)) {
  job.highlights = job.highlights?.map((h, i) => (i % 2 ? h.replace("teams", "product teams") : h));
}
after.work[1]?.highlights?.unshift("Introduced on-call runbooks that halved incident resolution time");
after.work.push({ name: "Company 6", position: "Intern", startDate: "2007", highlights: [benchBullet(6, 0)] });
after.skills[2]?.keywords?.splice(3, 1);

const words = JSON.stringify(before).split(/\s+/).length;
const changes = diffResumes(before, after).length;
const figures = await timeRuns(() => diffResumes(before, after), { runs, warmUp: 50, digits: 3 });

console.log(`\nResume diff: 2-page resumes (~${words} words), ${changes} changes, ${runs} runs`);
console.table([figures]);
