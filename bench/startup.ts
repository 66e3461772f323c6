/**
 * Start-up time: from spawning the API to its first healthy response, on a fresh embedded data dir (first start:
 * migrations and demo seed) and again on the same data dir (a normal restart); then the whole `npm start`
 * (built web app + API) until the web app answers /api/v1/health through its proxy. Target: under 15 s.
 *
 *   node --import tsx bench/startup.ts
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot, startApiProcess } from "./support/api-process";

const dataDir = mkdtempSync(path.join(tmpdir(), "hirefolio-startup-"));
const rows: { run: string; seconds: number; peakRssMb?: number }[] = [];

for (const run of ["API, first start (migrate + seed)", "API, restart"]) {
  const api = await startApiProcess({ DATA_DIR: dataDir, DATABASE_URL: "", REDIS_URL: "" }, 4711);
  rows.push({ run, seconds: Number((api.readyMs / 1000).toFixed(2)), peakRssMb: api.peakRssMb() });
  await api.stop();
}

async function timeNpmStart() {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(repoRoot, "scripts/start.mjs")], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: "4712",
      WEB_PORT: "3712",
      DATABASE_URL: "",
      REDIS_URL: "",
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      const ok = await fetch("http://127.0.0.1:3712/api/v1/health").then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
}

rows.push({
  run: "npm start (web built) to healthy through :3000",
  seconds: Number((await timeNpmStart()).toFixed(2)),
});
rmSync(dataDir, { recursive: true, force: true });
console.log("\nStart-up time (target: under 15 s after a build)");
console.table(rows);
