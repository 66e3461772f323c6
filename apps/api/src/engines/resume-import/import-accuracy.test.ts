import { readdirSync, readFileSync } from "node:fs";
import { getResumeTemplate, resumeDocumentSchema } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { twoPageResume } from "../../../../../bench/support/two-page-resume";
import { exportDocx } from "../resume-render/docx-export";
import { readZipEntry } from "../resume-render/office-zip";
import { exportPdf } from "../resume-render/pdf-export";
import { readPdfTextLayer } from "../resume-render/pdf-text-layer";
import { type AccuracyField, accuracyFields, type ReactiveResumeData, scoreImport } from "./import-accuracy";
import { pageRunsFromPdf, resumeFromDocxXml, resumeFromPdfPages } from "./resume-import";

const fixtures = new URL("../../../test/fixtures/reactive-resume/", import.meta.url);
const templates = readdirSync(new URL("pdf/", fixtures)).map((file) => file.replace(/\.pdf$/, ""));

/**
 * Floors just under what the importer reaches on Reactive Resume's 12 templates (single- and two-column, made by
 * another tool from the JSON beside each PDF), so a change that loses fields fails here. Measured: every field
 * group 100%; see bench/resume-import-accuracy.ts for the per-template table.
 */
const floors: Record<AccuracyField, number> = {
  name: 1,
  email: 1,
  phone: 1,
  jobTitle: 0.95,
  company: 0.95,
  dates: 0.95,
  degree: 0.9,
  school: 0.9,
  skills: 0.95,
};

describe("import accuracy on Reactive Resume PDFs", () => {
  it("reads every field group of the 12 templates above its floor", async () => {
    const totals = Object.fromEntries(accuracyFields.map((f) => [f, { found: 0, expected: 0 }])) as Record<
      AccuracyField,
      { found: number; expected: number }
    >;
    for (const template of templates) {
      const expected: ReactiveResumeData = JSON.parse(readFileSync(new URL(`json/${template}.json`, fixtures), "utf8"));
      const pages = await readPdfTextLayer(readFileSync(new URL(`pdf/${template}.pdf`, fixtures)));
      const score = scoreImport(expected, resumeFromPdfPages(pageRunsFromPdf(pages)).document);
      for (const field of accuracyFields) {
        totals[field].found += score[field].found;
        totals[field].expected += score[field].expected;
      }
    }
    expect(templates).toHaveLength(12);
    for (const field of accuracyFields)
      expect(totals[field].found / totals[field].expected, field).toBeGreaterThanOrEqual(floors[field]);
  });
});

describe("round trip through Hirefolio's own exports", () => {
  const sample = resumeDocumentSchema.parse(
    JSON.parse(readFileSync(new URL("../../../test/fixtures/jsonresume/sample.resume.json", import.meta.url), "utf8")),
  );
  const template = getResumeTemplate("software-engineering");

  it.each([
    ["the JSON Resume sample", sample],
    ["a two-page resume", twoPageResume({ jobs: 5, bulletsPerJob: 5 })],
  ])("reads %s back from its PDF and its DOCX", async (_label, document) => {
    const fromPdf = resumeFromPdfPages(pageRunsFromPdf(await readPdfTextLayer(await exportPdf(document, template))));
    const docxXml = readZipEntry(await exportDocx(document, template), "word/document.xml")!.toString("utf8");
    for (const { document: read } of [fromPdf, resumeFromDocxXml(docxXml)]) {
      expect(read.basics).toMatchObject({
        name: document.basics.name,
        label: document.basics.label,
        email: document.basics.email,
        phone: document.basics.phone,
      });
      expect(read.work.map((w) => [w.position, w.name, w.startDate, w.endDate, w.highlights])).toEqual(
        document.work.map((w) => [w.position, w.name, w.startDate?.slice(0, 7), w.endDate?.slice(0, 7), w.highlights]),
      );
      expect(read.education.map((e) => [e.institution, e.studyType, e.area])).toEqual(
        document.education.map((e) => [e.institution, e.studyType, e.area]),
      );
      expect(read.skills.map((s) => s.keywords)).toEqual(document.skills.map((s) => s.keywords));
    }
  });
});
