import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the first 200 from /api/v1/health. */
  readyMs: number;
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** Runs the real API server as its own process, so its memory and CPU are measured apart from the load generator. */
export async function startApiProcess(
  env: Record<string, string>,
  port: number,
  nodeArgs: string[] = [],
): Promise<ApiProcess> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "hirefolio-bench-"));
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "src/server.ts"], {
    cwd: path.join(repoRoot, "apps/api"),
    env: { ...process.env, LOG_LEVEL: "warn", PORT: String(port), DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = performance.now() - started;
  return {
    url,
    child,
    readyMs,
    peakRssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
