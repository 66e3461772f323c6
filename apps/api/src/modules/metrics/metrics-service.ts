import type { Db } from "@hirefolio/db";
import type { MetricKey, MetricsQuery, MetricsReport } from "@hirefolio/shared";
import { addDays, earlierDay, formatDay, planMetricPeriod } from "../../engines/metrics/metric-period";
import { buildMetricsReport, type MetricCell } from "../../engines/metrics/metric-report";
import type { Clock } from "../../platform/clock";
import { loadActorCells } from "./actor-activity-repo";
import * as repo from "./metrics-repo";

/**
 * Closed days the rollup job reads again on every run. Cohort ratios (a proposal booked, an application reaching
 * the interview stage) are filed under the day the cohort started and still change a week or two later; late
 * events (a retried job, a clock skew) land in the same window.
 */
export const rollupLookbackDays = 14;

const employerParts: Record<string, string> = {
  views: "Portfolio views",
  plays: "Video plays",
  contact_clicks: "Contact clicks",
};

/** The success metrics report (admin dashboard, API and CSV) and the rollups it reads. */
export function createMetricsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  function partLabeller(variantNames: Map<string, string>) {
    return (key: MetricKey, dimension: string) => {
      if (key === "employer_engagement") return employerParts[dimension] ?? dimension;
      if (key === "resume_exports") return dimension.toUpperCase();
      if (key === "time_to_schedule") return dimension === "p90" ? "p90 (hours)" : dimension;
      if (key === "application_success_rate") {
        if (dimension === "") return "Without an A/B test";
        return variantNames.get(dimension) ?? `Variant ${dimension.split(":").at(-1)}`;
      }
      return dimension;
    };
  }

  return {
    async report(query: Pick<MetricsQuery, "from" | "to">): Promise<MetricsReport> {
      const plan = planMetricPeriod(query.from, query.to);
      const state = await repo.loadRollupState(db);
      const window: repo.ReportWindow = {
        previousFrom: plan.previousFrom,
        from: plan.from,
        end: addDays(plan.to, 1),
        boundaries: plan.boundaries,
        rolledUpUntil: state?.rolledUpUntil ?? null,
        activityEpoch: state?.activityEpoch ?? null,
      };
      const cellGroups = await Promise.all([
        repo.loadAdditiveCells(db, window),
        loadActorCells(db, window),
        repo.loadTimeToScheduleCells(db, window),
        repo.loadAtsImprovementCells(db, window),
      ]);
      const cells: MetricCell[] = cellGroups.flat();
      const variants = cells
        .filter((c) => c.key === "application_success_rate" && c.scope === "period")
        .map((c) => c.dimension);
      const variantNames = await repo.loadVariantNames(db, [...new Set(variants)]);
      return buildMetricsReport(plan, cells, {
        refreshedAt: state?.refreshedAt.toISOString() ?? null,
        labelPart: partLabeller(variantNames),
      });
    },

    /**
     * Rolls up every closed UTC day since the last run, re-reading the last `rollupLookbackDays` of them; the first
     * run starts at the first event. Today stays live (the report reads it from `event`).
     */
    async refreshRollups(): Promise<{ fromDay: string; toDay: string }> {
      const now = clock.now();
      const today = formatDay(now.getTime());
      const state = await repo.loadRollupState(db);
      const start = state
        ? addDays(state.rolledUpUntil, -rollupLookbackDays)
        : ((await repo.firstEventDay(db)) ?? today);
      const fromDay = earlierDay(start, today);
      const epoch = state?.activityEpoch ?? fromDay;
      await db.transaction((tx) => repo.replaceRollups(tx, { from: fromDay, to: today, epoch }, now));
      await repo.analyzeRollups(db);
      return { fromDay, toDay: today };
    },
  };
}

export type MetricsService = ReturnType<typeof createMetricsService>;
