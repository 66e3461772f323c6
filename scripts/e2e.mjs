#!/usr/bin/env node
// `npm run test:e2e`: starts the real app (`npm start`) on spare ports with an empty data dir, runs the
// Playwright suite in system Chromium against it, and reports `N passed, N failed`.
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run, runToEnd, stopAll, waitForHttp } from "./lib/processes.mjs";

const root = path.resolve(import.meta.dirname, "..");
const webPort = process.env.E2E_WEB_PORT ?? "3100";
// The API keeps its default port so the web build (which fixes the /api destination) is the one `npm start` uses.
const apiPort = process.env.E2E_API_PORT ?? "4000";
const baseUrl = `http://localhost:${webPort}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "hirefolio-e2e-"));
const resultsFile = path.join(root, "e2e/artifacts/results.json");
rmSync(resultsFile, { force: true });

const app = run(process.execPath, [path.join(root, "scripts/start.mjs")], {
  cwd: root,
  env: {
    PORT: apiPort,
    WEB_PORT: webPort,
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    REDIS_URL: "",
    LOG_LEVEL: "warn",
    // Every e2e sign-in comes from 127.0.0.1; the suite is not a brute-force attack.
    AUTH_RATE_LIMIT_PER_MINUTE: "100",
    // The suite exercises paid features (A/B tests) on a server without Stripe, as a self-hoster would set it.
    DEFAULT_PLAN: "candidate_pro",
  },
});
let code = 1;
try {
  await waitForHttp(`${baseUrl}/api/v1/health`, { timeoutMs: 600_000 });
  code = await runToEnd(
    process.execPath,
    [path.join(root, "node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)],
    {
      cwd: root,
      env: { E2E_BASE_URL: baseUrl },
    },
  );
} finally {
  await stopAll([app]);
  rmSync(dataDir, { recursive: true, force: true });
}

let passed = 0;
let failed = code === 0 ? 0 : 1;
if (existsSync(resultsFile)) {
  const stats = JSON.parse(readFileSync(resultsFile, "utf8")).stats;
  passed = stats.expected + stats.flaky;
  failed = stats.unexpected;
}
if (process.env.COUNT_FILE)
  appendFileSync(process.env.COUNT_FILE, `${JSON.stringify({ label: "e2e", passed, failed, skipped: 0 })}\n`);
console.log(`\ne2e: ${passed} passed, ${failed} failed`);
process.exit(code);
