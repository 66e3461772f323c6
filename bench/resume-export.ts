/**
 * Resume export: warm PDF (@react-pdf/renderer) and DOCX (docx) export of a 2-page resume (5 jobs × 5 bullets,
 * education, projects, skills), and reading each file back (pdf.js text layer; word/document.xml) as the export
 * route does before it sends a file. p50/p95 over 50 runs after a warm-up. Targets: PDF < 300 ms, DOCX < 100 ms.
 *
 *   node --import tsx bench/resume-export.ts
 */
import { expectedTextOf, getResumeTemplate, renderModel } from "@hirefolio/shared";
import { exportDocx } from "../apps/api/src/engines/resume-render/docx-export";
import { exportPdf } from "../apps/api/src/engines/resume-render/pdf-export";
import { extractDocxText, extractPdfText, verifyExport } from "../apps/api/src/engines/resume-render/read-back";
import { timeRuns } from "./support/percentiles";
import { twoPageResume } from "./support/two-page-resume";

const runs = 50;
const time = (run: () => unknown) => timeRuns(run, { runs, warmUp: 5, digits: 1 });

const document = twoPageResume({ jobs: 5, bulletsPerJob: 5 });
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
