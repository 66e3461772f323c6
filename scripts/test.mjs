#!/usr/bin/env node
// `npm test`: the whole Vitest suite on the embedded stack (PGlite, in-process queue, memory cache), then
// again on PostgreSQL + Redis (BullMQ, Redis cache) when they are reachable — always on CI.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { portReachable, runToEnd } from "./lib/processes.mjs";

const root = path.resolve(import.meta.dirname, "..");
const countDir = mkdtempSync(path.join(tmpdir(), "hirefolio-counts-"));
const countFile = process.env.COUNT_FILE ?? path.join(countDir, "counts.jsonl");
const vitest = path.join(root, "node_modules/vitest/vitest.mjs");
const extraArgs = process.argv.slice(2);

function vitestRun(backend) {
  return runToEnd(process.execPath, [vitest, "run", ...extraArgs], {
    cwd: root,
    env: { TEST_BACKEND: backend, COUNT_FILE: countFile },
  });
}

const codes = [await vitestRun("embedded")];
const pgUp = await portReachable("127.0.0.1", 5432);
const redisUp = await portReachable("127.0.0.1", 6379);
if (pgUp && redisUp) {
  codes.push(await vitestRun("services"));
} else if (process.env.CI) {
  console.error(
    "CI=true but PostgreSQL (127.0.0.1:5432) or Redis (127.0.0.1:6379) is not reachable: the real-service suite must run on CI.",
  );
  codes.push(1);
} else {
  console.log(
    "Skipping the real-service suite: PostgreSQL at 127.0.0.1:5432 or Redis at 127.0.0.1:6379 is not reachable.",
  );
}

const runs = readFileSync(countFile, "utf8")
  .trim()
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line));
if (!process.env.COUNT_FILE) rmSync(countDir, { recursive: true, force: true });
const total = runs.reduce(
  (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
const failed = total.failed + codes.filter((c) => c !== 0 && total.failed === 0).length;
console.log(`\n${runs.map((r) => `${r.label}: ${r.passed} passed, ${r.failed} failed`).join(" | ")}`);
console.log(`${total.passed} passed, ${failed} failed, ${total.skipped} skipped`);
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
