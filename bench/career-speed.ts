/**
 * Speed of the career engine against the targets: data load at start < 1.5 s (and < 50 MB), occupation
 * match < 5 ms, skill gap < 10 ms, next roles and a multi-step path for one occupation < 50 ms. Wall-clock p50/p95
 * after a warm-up; memory is the process RSS and V8 heap growth after a full garbage collection.
 *
 *   node --import tsx bench/career-speed.ts
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  analyseSkillGap,
  buildCareerIndex,
  careerPath,
  matchOccupations,
  nextRoles,
} from "../apps/api/src/engines/career/index";
import {
  loadLearningResources,
  loadOccupationSimilarity,
  loadOccupations,
} from "../apps/api/src/modules/reference-data/reference-data";
import { timeRuns } from "./support/percentiles";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

gc();
const before = process.memoryUsage();
let started = performance.now();
const [occupations, similarity, resources] = await Promise.all([
  loadOccupations(),
  loadOccupationSimilarity(),
  loadLearningResources(),
]);
const loadMs = performance.now() - started;
gc();
const loaded = process.memoryUsage();
started = performance.now();
const index = buildCareerIndex(occupations, similarity, resources);
const buildMs = performance.now() - started;
gc();
const built = process.memoryUsage();

console.log(`data load (occupations, similarities, learning resources): ${loadMs.toFixed(0)} ms (target < 1500 ms)`);
console.log(
  `  after load: RSS +${mb(loaded.rss - before.rss)}, heap +${mb(loaded.heapUsed - before.heapUsed)} (target < 50 MB)`,
);
console.log(`index build (titles, similarity graph from the stored matrix, resources): ${buildMs.toFixed(0)} ms`);
console.log(`  after build: RSS +${mb(built.rss - before.rss)}, heap +${mb(built.heapUsed - before.heapUsed)}`);

const queries = [
  "sr. frontend dev",
  "RN",
  "acct mgr",
  "software engineer",
  "registerd nurse",
  "truck driver",
  "python developer",
  "elementary school teacher",
  "ux designer",
  "warehouse associate",
  "medical assistant",
  "data scientist",
];
const profiled = occupations.filter((o) => o.tasks.length > 0);
// A fixed stride through the occupations, so every run measures the same pairs.
const pairs = profiled.map((o, k) => [o, profiled[(k * 37 + 11) % profiled.length]!] as const);
let q = 0;
let p = 0;
const runs = { runs: 400, warmUp: 50, digits: 3 };
const match = await timeRuns(() => matchOccupations(index.titles, queries[q++ % queries.length]!, 10), runs);
const gap = await timeRuns(() => {
  const [from, to] = pairs[p++ % pairs.length]!;
  return analyseSkillGap({ from, to, skills: ["Python", "Excel"] });
}, runs);
const roles = await timeRuns(() => nextRoles(index.similarity, occupations, pairs[p++ % pairs.length]![0].code), runs);
let found = 0;
let attempts = 0;
const path = await timeRuns(() => {
  const [from, to] = pairs[p++ % pairs.length]!;
  attempts++;
  if (careerPath(index.similarity, occupations, from.code, to.code, { maxSteps: 4 })) found++;
}, runs);

console.log(`occupation match: p50 ${match.p50Ms} ms, p95 ${match.p95Ms} ms (target < 5 ms)`);
console.log(`skill gap: p50 ${gap.p50Ms} ms, p95 ${gap.p95Ms} ms (target < 10 ms)`);
console.log(`next roles: p50 ${roles.p50Ms} ms, p95 ${roles.p95Ms} ms (target < 50 ms)`);
console.log(
  `career path (up to 4 moves, random pairs; ${found}/${attempts} reachable): p50 ${path.p50Ms} ms, p95 ${path.p95Ms} ms (target < 50 ms)`,
);
