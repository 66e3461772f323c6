/**
 * Occupation matching accuracy on 100 real job titles from O*NET's Sample of Reported Titles
 * (bench/data/career/held-out-titles.json, each labelled with the occupation that reported it). Every held-out
 * title, and any title with the same words, is removed from all occupations before the index is built, so the
 * matcher has to get there from other titles, abbreviations and fuzzy matching.
 *
 *   node --import tsx bench/career-title-match.ts
 */
import { readFileSync } from "node:fs";
import { buildOccupationIndex, matchOccupations } from "../apps/api/src/engines/career/occupation-match";
import { titleTerms, titleVariants } from "../apps/api/src/engines/career/title-terms";
import { loadOccupations } from "../apps/api/src/modules/reference-data/reference-data";

interface Labelled {
  title: string;
  code: string;
  occupation: string;
}
const { titles }: { titles: Labelled[] } = JSON.parse(
  readFileSync(new URL("data/career/held-out-titles.json", import.meta.url), "utf8"),
);

const keyOf = (title: string) => titleTerms(title).join(" ");
const heldOut = new Set(titles.flatMap((t) => [t.title, ...titleVariants(t.title)].map(keyOf)));
const indexed = (title: string) => ![title, ...titleVariants(title)].some((form) => heldOut.has(keyOf(form)));
const occupations = (await loadOccupations()).map((o) => ({
  ...o,
  reportedTitles: o.reportedTitles.filter(indexed),
  alternateTitles: o.alternateTitles.filter(indexed),
}));
const index = buildOccupationIndex(occupations);

let top1 = 0;
let top3 = 0;
const misses: string[] = [];
for (const t of titles) {
  const codes = matchOccupations(index, t.title, 3).map((m) => m.code);
  if (codes[0] === t.code) top1++;
  if (codes.includes(t.code)) top3++;
  else misses.push(`  ${t.title} → expected ${t.code} ${t.occupation}, got ${codes.join(", ") || "nothing"}`);
}
console.log(`held-out titles: ${titles.length}`);
console.log(`top-1 accuracy: ${((top1 / titles.length) * 100).toFixed(0)}%`);
console.log(`top-3 accuracy: ${((top3 / titles.length) * 100).toFixed(0)}%`);
console.log(`misses (not in top 3):\n${misses.join("\n")}`);
