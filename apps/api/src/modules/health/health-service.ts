import type { Health } from "@hirefolio/shared";
import type { AppDeps } from "../../app-deps";
import { ffmpegStatus } from "../video-intro/ffmpeg-status";

const startedAt = Date.now();

async function timed(check: () => Promise<unknown>) {
  const start = performance.now();
  try {
    await check();
    return { ok: true, latencyMs: Math.round((performance.now() - start) * 10) / 10 };
  } catch (error) {
    return { ok: false, latencyMs: Math.round(performance.now() - start), error: (error as Error).message };
  }
}

/**
 * Local dependencies are checked on every call; remote ones (SMTP, the LLM) at most every 30 s,
 * so a load balancer polling health does not open an SMTP connection per request.
 */
export function createHealthService(deps: AppDeps, version: string) {
  const slowChecks = { mail: () => deps.mailer.check(), ai: () => deps.ai.check() };
  let slowResult: { at: number; value: Record<string, Awaited<ReturnType<typeof timed>>> } | undefined;

  async function remoteChecks() {
    if (!slowResult || Date.now() - slowResult.at > 30_000) {
      const entries = await Promise.all(
        Object.entries(slowChecks).map(async ([name, fn]) => [name, await timed(fn)] as const),
      );
      slowResult = { at: Date.now(), value: Object.fromEntries(entries) };
    }
    return slowResult.value;
  }

  return async function health(): Promise<Health> {
    const [db, queue, cache, storage, remote, ffmpeg] = await Promise.all([
      timed(() => deps.database.query("select 1")),
      timed(() => deps.queue.check()),
      timed(() => deps.cache.check()),
      timed(() => deps.storage.check()),
      remoteChecks(),
      ffmpegStatus(),
    ]);
    const checks = { db, queue, cache, storage, ...remote };
    return {
      status: Object.values(checks).every((c) => c.ok) ? "ok" : "degraded",
      db: deps.database.kind,
      queue: deps.queue.kind,
      cache: deps.cache.kind,
      storage: deps.storage.kind,
      ai: deps.ai.kind,
      mail: deps.mailer.kind,
      checks,
      ffmpeg: {
        ok: ffmpeg.ok,
        ffmpegVersion: ffmpeg.ffmpegVersion,
        ffprobeVersion: ffmpeg.ffprobeVersion,
        problem: ffmpeg.problem,
      },
      version,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    };
  };
}
