/**
 * Resume diff: field-level diff of two 2-page resumes (6 jobs × 6 bullets, education, projects, skills; ~850
 * words) that differ the way an editing session does: reworded bullets, a bullet added at the top, a job added,
 * a skill removed, a new summary. p50/p95 over 500 runs after a warm-up.
 *
 *   node --import tsx bench/resume-diff.ts
 */
import { type ResumeDocument, resumeDocumentSchema } from "@hirefolio/shared";
import { diffResumes } from "../apps/api/src/engines/resume-diff/resume-diff";

const runs = 500;
const verbs = ["Led", "Built", "Designed", "Shipped", "Migrated", "Reduced", "Automated", "Mentored"];
const things = ["the billing service", "a search index", "CI pipelines", "the mobile app", "data exports"];

function bullet(job: number, i: number) {
  const verb = verbs[(job + i) % verbs.length];
  const thing = things[(job * 3 + i) % things.length];
  return `${verb} ${thing} for ${job + 2} teams, cutting p95 latency by ${10 + i * 7}% and saving ${i + 3} hours a week`;
}

function twoPageResume(): ResumeDocument {
  return resumeDocumentSchema.parse({
    basics: {
      name: "Sam Example",
      label: "Senior Software Engineer",
      email: "sam@example.test",
      url: "https://sam.example.test",
      summary: Array.from({ length: 4 }, (_, i) => `Engineer who ${bullet(i, i).toLowerCase()}.`).join(" "),
      location: { city: "Berlin", countryCode: "DE" },
      profiles: [{ network: "GitHub", username: "sam", url: "https://github.com/sam" }],
    },
    work: Array.from({ length: 6 }, (_, job) => ({
      name: `Company ${job}`,
      position: job === 0 ? "Senior Software Engineer" : "Software Engineer",
      startDate: `${2018 - job * 2}-0${(job % 9) + 1}`,
      endDate: `${2020 - job * 2}-0${(job % 9) + 1}`,
      summary: `Worked on ${things[job % things.length]} in a team of ${job + 4}.`,
      highlights: Array.from({ length: 6 }, (_, i) => bullet(job, i)),
    })),
    education: [{ institution: "TU Example", area: "Computer Science", studyType: "MSc", endDate: "2010" }],
    projects: Array.from({ length: 3 }, (_, p) => ({
      name: `Project ${p}`,
      description: `An open-source tool for ${things[p]}.`,
      highlights: [bullet(p, 1), bullet(p, 2)],
      keywords: ["TypeScript", "PostgreSQL", "Redis"],
    })),
    skills: ["Languages", "Databases", "Cloud", "Practices"].map((name, s) => ({
      name,
      keywords: Array.from({ length: 8 }, (_, k) => `${name}-skill-${s}-${k}`),
    })),
    languages: [{ language: "English", fluency: "Fluent" }],
  });
}

const before = twoPageResume();
const after = structuredClone(before);
after.basics.summary = `${after.basics.summary} Now focused on developer experience and platform reliability.`;
for (const job of after.work.slice(0, 3)) {
  job.highlights = job.highlights?.map((h, i) => (i % 2 ? h.replace("teams", "product teams") : h));
}
after.work[1]?.highlights?.unshift("Introduced on-call runbooks that halved incident resolution time");
after.work.push({ name: "Company 6", position: "Intern", startDate: "2007", highlights: [bullet(6, 0)] });
after.skills[2]?.keywords?.splice(3, 1);

const words = JSON.stringify(before).split(/\s+/).length;
const changes = diffResumes(before, after).length;
for (let i = 0; i < 50; i++) diffResumes(before, after);
const timings: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  diffResumes(before, after);
  timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
const percentile = (p: number) => timings[Math.min(runs - 1, Math.ceil((p / 100) * runs) - 1)]!;

console.log(`\nResume diff: 2-page resumes (~${words} words), ${changes} changes, ${runs} runs`);
console.table([{ p50Ms: Number(percentile(50).toFixed(3)), p95Ms: Number(percentile(95).toFixed(3)) }]);
