/**
 * Resume export: warm PDF (@react-pdf/renderer) and DOCX (docx) export of a 2-page resume (5 jobs × 5 bullets,
 * education, projects, skills), and reading each file back (pdf.js text layer; word/document.xml) as the export
 * route does before it sends a file. p50/p95 over 50 runs after a warm-up. Targets: PDF < 300 ms, DOCX < 100 ms.
 *
 *   node --import tsx bench/resume-export.ts
 */
import { type ResumeDocument, resumeDocumentSchema } from "@hirefolio/shared";
import { exportDocx } from "../apps/api/src/engines/resume-render/docx-export";
import { exportPdf } from "../apps/api/src/engines/resume-render/pdf-export";
import { extractDocxText, extractPdfText, verifyExport } from "../apps/api/src/engines/resume-render/read-back";
import { expectedTextOf, renderModel } from "../apps/api/src/engines/resume-render/render-model";
import { getResumeTemplate } from "../apps/api/src/engines/resume-render/templates";

const runs = 50;
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
      phone: "555-010-0199",
      url: "https://sam.example.test",
      summary: Array.from({ length: 4 }, (_, i) => `Engineer who ${bullet(i, i).toLowerCase()}.`).join(" "),
      location: { city: "Berlin", countryCode: "DE" },
      profiles: [{ network: "GitHub", username: "sam", url: "https://github.com/sam" }],
    },
    work: Array.from({ length: 5 }, (_, job) => ({
      name: `Company ${job}`,
      position: job === 0 ? "Senior Software Engineer" : "Software Engineer",
      startDate: `${2018 - job * 2}-0${(job % 9) + 1}`,
      endDate: job === 0 ? undefined : `${2020 - job * 2}-0${(job % 9) + 1}`,
      summary: `Worked on ${things[job % things.length]} in a team of ${job + 4}.`,
      highlights: Array.from({ length: 5 }, (_, i) => bullet(job, i)),
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

async function time(run: () => Promise<unknown> | unknown) {
  for (let i = 0; i < 5; i++) await run();
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const percentile = (p: number) => timings[Math.min(runs - 1, Math.ceil((p / 100) * runs) - 1)]!;
  return { p50Ms: Number(percentile(50).toFixed(1)), p95Ms: Number(percentile(95).toFixed(1)) };
}

const document = twoPageResume();
const template = getResumeTemplate("software-engineering");
const expected = expectedTextOf(renderModel(document, template));
const pdf = await exportPdf(document, template);
const docx = await exportDocx(document, template);
const pdfText = await extractPdfText(pdf);
const checks = [verifyExport(expected, pdfText), verifyExport(expected, extractDocxText(docx))];
if (!checks.every((c) => c.ok)) throw new Error(`export did not verify: ${JSON.stringify(checks)}`);
const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;

console.log(`\nResume export: ${pages}-page resume (~${pdfText.split(/\s+/).length} words), ${runs} runs`);
console.table({
  "PDF export (target < 300 ms)": await time(() => exportPdf(document, template)),
  "PDF read-back + verify": await time(async () => verifyExport(expected, await extractPdfText(pdf))),
  "DOCX export (target < 100 ms)": await time(() => exportDocx(document, template)),
  "DOCX read-back + verify": await time(() => verifyExport(expected, extractDocxText(docx))),
});
console.log(`PDF ${(pdf.length / 1024).toFixed(0)} KB, DOCX ${(docx.length / 1024).toFixed(0)} KB`);
