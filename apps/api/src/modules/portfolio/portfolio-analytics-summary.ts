import type { PortfolioAnalytics } from "@hirefolio/shared";

const dayMs = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The first UTC day of a range of `days` days ending today, at midnight: the lower bound of the queries. */
export function rangeStart(now: Date, days: number) {
  return new Date(Date.parse(isoDay(now)) - (days - 1) * dayMs);
}

export interface AnalyticsRows {
  viewsByDay: { day: string; views: number }[];
  counts: { type: string; count: number }[];
  clicks: { target: string; clicks: number }[];
  employers: { organizationId: string; name: string; views: number; lastViewedAt: string }[];
}

/** Turns the grouped rows into the owner's figures: every day present (zeros included) and the completion rate. */
export function summarizeAnalytics(rows: AnalyticsRows, now: Date, days: number): PortfolioAnalytics {
  const start = rangeStart(now, days);
  const viewsOn = new Map(rows.viewsByDay.map((row) => [row.day, row.views]));
  const viewsPerDay = Array.from({ length: days }, (_, index) => {
    const date = isoDay(new Date(start.getTime() + index * dayMs));
    return { date, views: viewsOn.get(date) ?? 0 };
  });
  const count = (type: string) => rows.counts.find((row) => row.type === type)?.count ?? 0;
  const plays = count("portfolio.video_play");
  // A completion without a recorded play (the play beacon lost) must not push the rate past 100 %.
  const completions = Math.min(count("portfolio.video_complete"), plays);
  return {
    days,
    from: isoDay(start),
    to: isoDay(now),
    viewsPerDay,
    totals: {
      views: viewsPerDay.reduce((sum, day) => sum + day.views, 0),
      plays,
      completions,
      completionRate: plays === 0 ? null : completions / plays,
      linkClicks: rows.clicks.reduce((sum, row) => sum + row.clicks, 0),
    },
    linkClicks: [...rows.clicks].sort((a, b) => b.clicks - a.clicks || a.target.localeCompare(b.target)),
    employerViewers: [...rows.employers].sort((a, b) => b.lastViewedAt.localeCompare(a.lastViewedAt)),
  };
}
