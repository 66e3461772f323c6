import { type ResumeDocument, resumeDocumentSchema } from "@hirefolio/shared";

const verbs = ["Led", "Built", "Designed", "Shipped", "Migrated", "Reduced", "Automated", "Mentored"];
const things = ["the billing service", "a search index", "CI pipelines", "the mobile app", "data exports"];

/** A quantified bullet that varies with its job and position, so no two are the same. */
export function benchBullet(job: number, i: number) {
  const verb = verbs[(job + i) % verbs.length];
  const thing = things[(job * 3 + i) % things.length];
  return `${verb} ${thing} for ${job + 2} teams, cutting p95 latency by ${10 + i * 7}% and saving ${i + 3} hours a week`;
}

/** A realistic two-page resume (~850 words) for the resume benchmarks; the first job is current. */
export function twoPageResume(shape: { jobs: number; bulletsPerJob: number }): ResumeDocument {
  return resumeDocumentSchema.parse({
    basics: {
      name: "Sam Example",
      label: "Senior Software Engineer",
      email: "sam@example.test",
      phone: "555-010-0199",
      url: "https://sam.example.test",
      summary: Array.from({ length: 4 }, (_, i) => `Engineer who ${benchBullet(i, i).toLowerCase()}.`).join(" "),
      location: { city: "Berlin", countryCode: "DE" },
      profiles: [{ network: "GitHub", username: "sam", url: "https://github.com/sam" }],
    },
    work: Array.from({ length: shape.jobs }, (_, job) => ({
      name: `Company ${job}`,
      position: job === 0 ? "Senior Software Engineer" : "Software Engineer",
      startDate: `${2018 - job * 2}-0${(job % 9) + 1}`,
      endDate: job === 0 ? undefined : `${2020 - job * 2}-0${(job % 9) + 1}`,
      summary: `Worked on ${things[job % things.length]} in a team of ${job + 4}.`,
      highlights: Array.from({ length: shape.bulletsPerJob }, (_, i) => benchBullet(job, i)),
    })),
    education: [{ institution: "TU Example", area: "Computer Science", studyType: "MSc", endDate: "2010" }],
    projects: Array.from({ length: 3 }, (_, p) => ({
      name: `Project ${p}`,
      description: `An open-source tool for ${things[p]}.`,
      highlights: [benchBullet(p, 1), benchBullet(p, 2)],
      keywords: ["TypeScript", "PostgreSQL", "Redis"],
    })),
    skills: ["Languages", "Databases", "Cloud", "Practices"].map((name, s) => ({
      name,
      keywords: Array.from({ length: 8 }, (_, k) => `${name}-skill-${s}-${k}`),
    })),
    languages: [{ language: "English", fluency: "Fluent" }],
  });
}
