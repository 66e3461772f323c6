/**
 * Keyword extraction accuracy: precision and recall of the ATS keyword extractor against hand-labelled job
 * descriptions in bench/data/job-descriptions (the hard skills, tools and credentials a careful reader would list).
 * Job titles are left out: the labels do not list them.
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

const dir = path.join(repoRoot, "bench/data/job-descriptions");
const verbose = process.argv.includes("--verbose");
const loaded = await loadAtsReferenceData();
const index = buildVocabularyIndex(loaded.vocabulary, loaded.jobTitles);
const namesById = new Map(loaded.vocabulary.map((e) => [e.id, [e.term, ...e.aliases].map(stemKey)]));
// Labels the vocabulary can name at all: recall on these is the extractor's; the rest is missing vocabulary.
const nameable = new Set([...namesById.values()].flat());

const totals = {
  labels: 0,
  extracted: 0,
  nameable: 0,
  nameableFound: 0,
  strict: { found: 0, right: 0 },
  lenient: { found: 0, right: 0 },
};
const rows: Record<string, string | number>[] = [];

for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const name = file.replace(/\.txt$/, "");
  const text = readFileSync(path.join(dir, file), "utf8");
  const labels: string[] = JSON.parse(readFileSync(path.join(dir, `${name}.keywords.json`), "utf8")).keywords;
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
  totals.nameable += inVocabulary.length;
  totals.nameableFound += inVocabulary.filter((label) => s.found.includes(label)).length;
  totals.labels += labels.length;
  totals.extracted += keywords.length;
  totals.strict.found += s.found.length;
  totals.strict.right += s.right.length;
  totals.lenient.found += l.found.length;
  totals.lenient.right += l.right.length;
  rows.push({
    ...row(name, labels.length, keywords.length, s.right.length, s.found.length, l.right.length, l.found.length),
    "labels in vocabulary": inVocabulary.length,
  });
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
  }
}

const { labels, extracted } = totals;
rows.push({
  ...row(
    "TOTAL (micro)",
    labels,
    extracted,
    totals.strict.right,
    totals.strict.found,
    totals.lenient.right,
    totals.lenient.found,
  ),
  "labels in vocabulary": totals.nameable,
});
console.log(`\nATS keyword extraction accuracy (vocabulary: ${loaded.source})`);
console.table(rows);
console.log(
  `labels the vocabulary names: ${totals.nameable} of ${labels} (${ratio(totals.nameable, labels)}); ` +
    `strict recall on those: ${ratio(totals.nameableFound, totals.nameable)}`,
);
for (const kind of ["strict", "lenient"] as const) {
  const p = totals[kind].right / extracted;
  const r = totals[kind].found / labels;
  console.log(`${kind}: precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
}

function row(
  job: string,
  labels: number,
  extracted: number,
  sRight: number,
  sFound: number,
  lRight: number,
  lFound: number,
) {
  return {
    job,
    labels,
    extracted,
    precision: ratio(sRight, extracted),
    recall: ratio(sFound, labels),
    "precision (lenient)": ratio(lRight, extracted),
    "recall (lenient)": ratio(lFound, labels),
  };
}

function ratio(a: number, b: number): string {
  return b === 0 ? "-" : (a / b).toFixed(3);
}
