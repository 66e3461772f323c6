import type { AppDeps } from "../../app-deps";
import type { JobQueue } from "../../platform/queue/job-queue";
import { createMetricsService } from "./metrics-service";

export const metricsRollupJob = "metrics.rollup";
/** Rollups only serve closed days (today is read live), so an hourly run keeps them current within the hour. */
export const metricsRollupIntervalMs = 3_600_000;

/**
 * Queues the rollup run of the hour containing `at`. The dedupe key is that hour, so the API starting twice, or
 * several replicas starting, still queue one run per hour.
 */
export function scheduleMetricsRollup(queue: JobQueue, at: Date) {
  const hour = Math.floor(at.getTime() / metricsRollupIntervalMs);
  return queue.enqueue(metricsRollupJob, {}, { runAt: at, dedupeKey: `hour:${hour}` });
}

/** Each run refreshes the rollups, then queues the run of the next hour: a chain the API starts at warm-up. */
export function registerMetricsJobs(deps: AppDeps) {
  const metrics = createMetricsService({ db: deps.database.db, clock: deps.clock });
  deps.queue.register(metricsRollupJob, async () => {
    await metrics.refreshRollups();
    const hour = Math.floor(deps.clock.now().getTime() / metricsRollupIntervalMs);
    await scheduleMetricsRollup(deps.queue, new Date((hour + 1) * metricsRollupIntervalMs));
  });
}
