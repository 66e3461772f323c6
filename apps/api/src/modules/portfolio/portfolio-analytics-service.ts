import type { DbOrTx } from "@hirefolio/db";
import type { PortfolioAnalytics } from "@hirefolio/shared";
import type { SessionUser } from "../../http/auth-guard";
import type { Clock } from "../../platform/clock";
import { loadAnalyticsRows } from "./portfolio-analytics-repo";
import { rangeStart, summarizeAnalytics } from "./portfolio-analytics-summary";

/** The owner's page figures: views, video plays and completions, link clicks and employer viewers. */
export function createPortfolioAnalyticsService(deps: { db: DbOrTx; clock: Clock }) {
  return {
    /** Events are keyed by the owner's user id, so someone without a page yet simply sees zeros. */
    async forOwner(user: SessionUser, days: number): Promise<PortfolioAnalytics> {
      const now = deps.clock.now();
      const rows = await loadAnalyticsRows(deps.db, user.id, rangeStart(now, days));
      return summarizeAnalytics(rows, now, days);
    },
  };
}

export type PortfolioAnalyticsService = ReturnType<typeof createPortfolioAnalyticsService>;
