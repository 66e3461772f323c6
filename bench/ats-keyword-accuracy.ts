/**
 * Keyword extraction accuracy: precision and recall of the ATS keyword extractor against hand-labelled job
 * descriptions in bench/data/job-descriptions (the hard skills, tools and credentials a careful reader would list).
 * Job titles are left out: the labels do not list them.
 *
 * Files 01–20 are the tuning set; 21–30 were labelled before the extractor ever ran on them and are never tuned on,
 * so their figures are the honest estimate of how the extractor does on postings it has not seen.
 *
 * Strict: a keyword and a label agree when the label names the keyword's term, one of its aliases, or the words the
 * posting used, after stemming. Lenient also accepts one inside the other, word for word ("Six Sigma" and
 * "Lean Six Sigma Green Belt"), which separates "found the thing, named it differently" from "missed it".
 *
 *   node --import tsx bench/ats-keyword-accuracy.ts [--verbose] [--fixture]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractJobKeywords } from "../apps/api/src/engines/ats/keyword-extractor";
import { stemKey } from "../apps/api/src/engines/ats/normalise";
import { buildVocabularyIndex } from "../apps/api/src/engines/ats/vocabulary-index";
import { loadAtsReferenceData, repoRoot } from "./data/ats-vocabulary";

type Agree = (labelKey: string, keywordKeys: Set<string>) => boolean;
const strict: Agree = (label, keys) => keys.has(label);
const lenient: Agree = (label, keys) =>
  [...keys].some((key) => ` ${key} `.includes(` ${label} `) || ` ${label} `.includes(` ${key} `));

/** Job descriptions numbered above this are the held-out set. */
const LAST_TUNING_FILE = 20;

interface Counts {
  labels: number;
  extracted: number;
  nameable: number;
  nameableFound: number;
  strictFound: number;
  strictRight: number;
  lenientFound: number;
  lenientRight: number;
}

const dir = path.join(repoRoot, "bench/data/job-descriptions");
const verbose = process.argv.includes("--verbose");
const loaded = await loadAtsReferenceData();
const indexStarted = performance.now();
const index = buildVocabularyIndex(loaded.vocabulary, loaded.jobTitles);
const indexMs = performance.now() - indexStarted;
const namesById = new Map(loaded.vocabulary.map((e) => [e.id, [e.term, ...e.aliases].map(stemKey)]));
// Labels the vocabulary can name at all: recall on these is the extractor's; the rest is missing vocabulary.
const nameable = new Set([...namesById.values()].flat());

const tuning = emptyCounts();
const heldOut = emptyCounts();
const rows: Record<string, string | number>[] = [];

for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const name = file.replace(/\.txt$/, "");
  const text = readFileSync(path.join(dir, file), "utf8");
  const labels: string[] = JSON.parse(readFileSync(path.join(dir, `${name}.keywords.json`), "utf8")).keywords;
  const counts = scoreJob(name, text, labels);
  add(Number.parseInt(name, 10) > LAST_TUNING_FILE ? heldOut : tuning, counts);
  rows.push(row(name, counts));
}
const overall = emptyCounts();
add(overall, tuning);
add(overall, heldOut);
rows.push(row(`TUNING 01-${LAST_TUNING_FILE} (micro)`, tuning));
rows.push(row(`HELD-OUT ${LAST_TUNING_FILE + 1}+ (micro)`, heldOut));
rows.push(row("OVERALL (micro)", overall));

console.log(`\nATS keyword extraction accuracy (vocabulary: ${loaded.source})`);
console.log(`buildVocabularyIndex: ${indexMs.toFixed(0)} ms, ${index.phraseCount} phrases`);
console.table(rows);
for (const [set, c] of [
  ["tuning", tuning],
  ["held-out", heldOut],
  ["overall", overall],
] as const) {
  console.log(
    `${set}: labels the vocabulary names ${c.nameable} of ${c.labels} (${ratio(c.nameable, c.labels)}), ` +
      `strict recall on those ${ratio(c.nameableFound, c.nameable)}`,
  );
  for (const [kind, right, found] of [
    ["strict", c.strictRight, c.strictFound],
    ["lenient", c.lenientRight, c.lenientFound],
  ] as const) {
    const p = right / c.extracted;
    const r = found / c.labels;
    console.log(
      `  ${kind}: precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, F1 ${((2 * p * r) / (p + r)).toFixed(3)}`,
    );
  }
}

function scoreJob(name: string, text: string, labels: string[]): Counts {
  const keywords = extractJobKeywords(text, index).filter((k) => k.term.kind !== "title");
  const keywordKeys = keywords.map(
    (k) => new Set([stemKey(k.term.term), ...(namesById.get(k.term.id) ?? []), ...k.stems]),
  );
  const labelKeys = labels.map(stemKey);
  const score = (agree: Agree) => ({
    found: labels.filter((_, i) => keywordKeys.some((keys) => agree(labelKeys[i]!, keys))),
    right: keywords.filter((_, i) => labelKeys.some((label) => agree(label, keywordKeys[i]!))),
  });
  const s = score(strict);
  const l = score(lenient);
  const inVocabulary = labels.filter((_, i) => nameable.has(labelKeys[i]!));
  if (verbose) {
    console.log(`\n${name}`);
    console.log("  missed:", labels.filter((label) => !l.found.includes(label)).join(", ") || "-");
    console.log(
      "  wrong: ",
      keywords
        .filter((k) => !l.right.includes(k))
        .map((k) => k.term.term)
        .join(", ") || "-",
    );
    console.log(
      "  named differently (lenient only):",
      keywords
        .filter((k) => l.right.includes(k) && !s.right.includes(k))
        .map((k) => k.term.term)
        .join(", ") || "-",
    );
  }
  return {
    labels: labels.length,
    extracted: keywords.length,
    nameable: inVocabulary.length,
    nameableFound: inVocabulary.filter((label) => s.found.includes(label)).length,
    strictFound: s.found.length,
    strictRight: s.right.length,
    lenientFound: l.found.length,
    lenientRight: l.right.length,
  };
}

function emptyCounts(): Counts {
  return {
    labels: 0,
    extracted: 0,
    nameable: 0,
    nameableFound: 0,
    strictFound: 0,
    strictRight: 0,
    lenientFound: 0,
    lenientRight: 0,
  };
}

function add(total: Counts, counts: Counts) {
  for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
}

function row(job: string, c: Counts) {
  return {
    job,
    labels: c.labels,
    extracted: c.extracted,
    precision: ratio(c.strictRight, c.extracted),
    recall: ratio(c.strictFound, c.labels),
    "precision (lenient)": ratio(c.lenientRight, c.extracted),
    "recall (lenient)": ratio(c.lenientFound, c.labels),
    "labels in vocabulary": c.nameable,
  };
}

function ratio(a: number, b: number): string {
  return b === 0 ? "-" : (a / b).toFixed(3);
}
