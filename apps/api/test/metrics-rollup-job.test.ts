import { schema } from "@hirefolio/db";
import { describe, expect, it } from "vitest";
import { formatDay } from "../src/engines/metrics/metric-period";
import { metricsRollupIntervalMs, metricsRollupJob, scheduleMetricsRollup } from "../src/modules/metrics/metrics-jobs";
import { insertEvents } from "./support/metric-events";
import { signUp, startTestApp } from "./support/test-app";
import { waitFor } from "./support/wait-for";

const { app, deps } = await startTestApp();
const db = deps.database.db;

describe("metrics.rollup job", () => {
  it("rolls up the closed days through the queue, then queues the next hour's run", async () => {
    const user = await signUp(app, "candidate");
    await insertEvents(db, [
      {
        type: "resume.exported",
        at: "2026-01-05T10:00:00Z",
        actorId: user.id,
        subjectId: "r",
        properties: { format: "pdf" },
      },
    ]);
    const now = deps.clock.now();
    expect((await scheduleMetricsRollup(deps.queue, now)).deduplicated).toBe(false);
    // A second start within the same hour queues nothing more.
    expect((await scheduleMetricsRollup(deps.queue, now)).deduplicated).toBe(true);

    const [state] = await waitFor(
      () => db.select().from(schema.metricRollupState),
      (rows) => rows.length > 0,
    );
    expect(state?.rolledUpUntil).toBe(formatDay(deps.clock.now().getTime()));
    expect(state?.activityEpoch).toBe("2026-01-05");
    const parts = await db.select().from(schema.metricRollup);
    expect(parts).toContainEqual({
      day: "2026-01-05",
      metric: "resume_exports",
      dimension: "pdf",
      numerator: 1,
      denominator: null,
    });

    const nextHour = new Date((Math.floor(now.getTime() / metricsRollupIntervalMs) + 1) * metricsRollupIntervalMs);
    // The handler queued the next hour's run: withdrawing it finds it waiting (cancel never creates one).
    const withdrawn = await waitFor(
      () => deps.queue.cancel(metricsRollupJob, `hour:${nextHour.getTime() / metricsRollupIntervalMs}`),
      (found) => found,
      5000,
    );
    expect(withdrawn).toBe(true);
  });
});
