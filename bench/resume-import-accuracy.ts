/**
 * PDF import accuracy on real resumes made by another tool: Reactive Resume's 12 templates (single- and
 * two-column), each PDF beside the exact data it was made from (apps/api/test/fixtures/reactive-resume). Per
 * template, how many of the expected values the importer read: name, email, phone, each job's title and company,
 * each job's and degree's start and end month, each degree and school, and each skill group name and keyword.
 * Strings compare case-, whitespace- and punctuation-insensitively; dates compare as YYYY-MM.
 *
 *   node --import tsx bench/resume-import-accuracy.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import {
  type AccuracyField,
  accuracyFields,
  type ReactiveResumeData,
  scoreImport,
} from "../apps/api/src/engines/resume-import/import-accuracy";
import { pageRunsFromPdf, resumeFromPdfPages } from "../apps/api/src/engines/resume-import/resume-import";
import { readPdfTextLayer } from "../apps/api/src/engines/resume-render/pdf-text-layer";

const fixtures = new URL("../apps/api/test/fixtures/reactive-resume/", import.meta.url);
const templates = readdirSync(new URL("pdf/", fixtures))
  .map((file) => file.replace(/\.pdf$/, ""))
  .sort();

const totals = Object.fromEntries(accuracyFields.map((f) => [f, { found: 0, expected: 0 }])) as Record<
  AccuracyField,
  { found: number; expected: number }
>;
const rows: Record<string, Record<string, string | number>> = {};
for (const template of templates) {
  const expected: ReactiveResumeData = JSON.parse(readFileSync(new URL(`json/${template}.json`, fixtures), "utf8"));
  const pages = await readPdfTextLayer(readFileSync(new URL(`pdf/${template}.pdf`, fixtures)));
  const { document, analysis } = resumeFromPdfPages(pageRunsFromPdf(pages));
  const score = scoreImport(expected, document);
  rows[template] = { columns: analysis.columns, pages: pages.length };
  for (const field of accuracyFields) {
    rows[template][field] = `${score[field].found}/${score[field].expected}`;
    totals[field].found += score[field].found;
    totals[field].expected += score[field].expected;
  }
}
rows.total = Object.fromEntries(accuracyFields.map((f) => [f, `${totals[f].found}/${totals[f].expected}`]));
rows["total %"] = Object.fromEntries(
  accuracyFields.map((f) => [f, Number(((100 * totals[f].found) / totals[f].expected).toFixed(1))]),
);

console.log(`\nPDF import accuracy on ${templates.length} Reactive Resume templates (found/expected)`);
console.table(rows);
