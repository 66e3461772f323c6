/**
 * Quality of the occupation similarity model: for every O*NET occupation with a Related Occupations list (its 10
 * closest: 5 Primary-Short and 5 Primary-Long), the share of those found among the model's 10 most similar
 * occupations (recall@10). The model is built without the related table, so this is an honest check. Bar: > 0.6.
 *
 *   node --import tsx bench/career-similarity.ts
 */
import { buildSimilarityModel } from "../apps/api/src/engines/career/occupation-similarity";
import { loadOccupations } from "../apps/api/src/modules/reference-data/reference-data";

const occupations = await loadOccupations();
const started = performance.now();
const model = buildSimilarityModel(occupations.map((o) => ({ ...o, related: [] })));
const buildMs = performance.now() - started;

let found = 0;
let listed = 0;
let evaluated = 0;
const atK = (k: number) => {
  let hits = 0;
  for (const [i, o] of occupations.entries()) {
    const top = new Set(model.neighbours[i]!.slice(0, k).map((n) => occupations[n.occupation]!.code));
    hits += o.related.filter((c) => top.has(c)).length;
  }
  return hits;
};
for (const [i, o] of occupations.entries()) {
  if (o.related.length === 0) continue;
  evaluated++;
  listed += o.related.length;
  const top = new Set(model.neighbours[i]!.slice(0, 10).map((n) => occupations[n.occupation]!.code));
  found += o.related.filter((c) => top.has(c)).length;
}
console.log(`occupations evaluated: ${evaluated} (${listed} related pairs)`);
console.log(`recall@10: ${(found / listed).toFixed(3)} (bar > 0.6)`);
console.log(`recall@20: ${(atK(20) / listed).toFixed(3)}, recall@25: ${(atK(25) / listed).toFixed(3)}`);
console.log(`model build: ${buildMs.toFixed(0)} ms`);
