/**
 * PDF and DOCX import speed: reading the text layer with pdf.js and turning it into a JSON Resume document, as
 * POST /api/v1/resumes/import/file does before it stores the resume. A 2-page resume (5 jobs × 5 bullets) exported
 * by Hirefolio, its DOCX, and the 12 Reactive Resume PDFs (apps/api/test/fixtures/reactive-resume). p50/p95 over
 * 50 runs after a warm-up. Target: PDF import of a 2-page resume < 200 ms.
 *
 *   node --import tsx bench/resume-import.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { getResumeTemplate } from "@hirefolio/shared";
import {
  pageRunsFromPdf,
  resumeFromDocxXml,
  resumeFromPdfPages,
} from "../apps/api/src/engines/resume-import/resume-import";
import { exportDocx } from "../apps/api/src/engines/resume-render/docx-export";
import { readZipEntry } from "../apps/api/src/engines/resume-render/office-zip";
import { exportPdf } from "../apps/api/src/engines/resume-render/pdf-export";
import { readPdfTextLayer } from "../apps/api/src/engines/resume-render/pdf-text-layer";
import { timeRuns } from "./support/percentiles";
import { twoPageResume } from "./support/two-page-resume";

const runs = 50;
const time = (run: () => unknown) => timeRuns(run, { runs, warmUp: 5, digits: 1 });
const importPdf = async (pdf: Uint8Array) => resumeFromPdfPages(pageRunsFromPdf(await readPdfTextLayer(pdf)));
const importDocx = (docx: Buffer) => resumeFromDocxXml(readZipEntry(docx, "word/document.xml")!.toString("utf8"));

const document = twoPageResume({ jobs: 5, bulletsPerJob: 5 });
const template = getResumeTemplate("software-engineering");
const pdf = await exportPdf(document, template);
const docx = await exportDocx(document, template);
const pages = (await readPdfTextLayer(pdf)).length;
const read = await importPdf(pdf);
if (read.document.work.length !== document.work.length) throw new Error("the 2-page resume did not import");

const fixtures = new URL("../apps/api/test/fixtures/reactive-resume/pdf/", import.meta.url);
const realPdfs = readdirSync(fixtures).map((file) => readFileSync(new URL(file, fixtures)));
let next = 0;

console.log(`\nResume import: ${pages}-page Hirefolio resume (${(pdf.length / 1024).toFixed(0)} KB PDF), ${runs} runs`);
console.table({
  "PDF import, 2 pages (target < 200 ms)": await time(() => importPdf(pdf)),
  "  of which pdf.js text layer": await time(() => readPdfTextLayer(pdf)),
  "DOCX import, same resume": await time(() => importDocx(docx)),
  [`Reactive Resume PDFs (${realPdfs.length}, ~${(realPdfs.reduce((s, p) => s + p.length, 0) / realPdfs.length / 1024).toFixed(0)} KB each)`]:
    await time(() => importPdf(realPdfs[next++ % realPdfs.length]!)),
});
