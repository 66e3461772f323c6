#!/usr/bin/env node
// `npm run bench [name…]`: runs each bench/*.ts (or the named ones) in turn; each prints its own figures.
import { readdirSync } from "node:fs";
import path from "node:path";
import { runToEnd } from "./lib/processes.mjs";

const root = path.resolve(import.meta.dirname, "..");
const wanted = process.argv.slice(2);
const scripts = readdirSync(path.join(root, "bench"))
  .filter((f) => f.endsWith(".ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)));
let failed = 0;
for (const script of scripts) {
  console.log(`\n=== bench/${script}`);
  if ((await runToEnd(process.execPath, ["--import", "tsx", path.join("bench", script)], { cwd: root })) !== 0)
    failed++;
}
process.exit(failed ? 1 : 0);
