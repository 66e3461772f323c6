#!/usr/bin/env node
// Totals the per-suite counts that test.mjs and e2e.mjs append to COUNT_FILE into CI's closing line.
import { readFileSync } from "node:fs";

const runs = readFileSync(process.argv[2], "utf8")
  .trim()
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const passed = runs.reduce((n, r) => n + r.passed, 0);
const failed = runs.reduce((n, r) => n + r.failed, 0);
for (const r of runs) console.log(`  ${r.label}: ${r.passed} passed, ${r.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
