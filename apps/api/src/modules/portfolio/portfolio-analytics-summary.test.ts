import { describe, expect, it } from "vitest";
import { rangeStart, summarizeAnalytics } from "./portfolio-analytics-summary";

const now = new Date("2026-03-02T15:30:00Z");
const empty = { viewsByDay: [], counts: [], clicks: [], employers: [] };

describe("summarizeAnalytics", () => {
  it("starts the range at midnight UTC, days - 1 days back, across a month end", () => {
    expect(rangeStart(now, 1).toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(rangeStart(now, 3).toISOString()).toBe("2026-02-28T00:00:00.000Z");
  });

  it("lists every day oldest first, with zeros where nobody came", () => {
    const summary = summarizeAnalytics({ ...empty, viewsByDay: [{ day: "2026-02-28", views: 4 }] }, now, 3);
    expect(summary.viewsPerDay).toEqual([
      { date: "2026-02-28", views: 4 },
      { date: "2026-03-01", views: 0 },
      { date: "2026-03-02", views: 0 },
    ]);
    expect(summary).toMatchObject({ from: "2026-02-28", to: "2026-03-02", days: 3 });
    expect(summary.totals.views).toBe(4);
  });

  it("has no completion rate without plays and never one above 1", () => {
    expect(summarizeAnalytics(empty, now, 7).totals.completionRate).toBeNull();
    const lostPlay = summarizeAnalytics(
      {
        ...empty,
        counts: [
          { type: "portfolio.video_play", count: 2 },
          { type: "portfolio.video_complete", count: 3 },
        ],
      },
      now,
      7,
    );
    expect(lostPlay.totals).toMatchObject({ plays: 2, completions: 2, completionRate: 1 });
  });

  it("orders links by clicks and employers by their latest view", () => {
    const summary = summarizeAnalytics(
      {
        ...empty,
        clicks: [
          { target: "https://b.example", clicks: 1 },
          { target: "https://a.example", clicks: 5 },
        ],
        employers: [
          { organizationId: "1", name: "Early", views: 9, lastViewedAt: "2026-02-01T10:00:00.000Z" },
          { organizationId: "2", name: "Late", views: 1, lastViewedAt: "2026-03-01T10:00:00.000Z" },
        ],
      },
      now,
      30,
    );
    expect(summary.linkClicks.map((c) => c.target)).toEqual(["https://a.example", "https://b.example"]);
    expect(summary.totals.linkClicks).toBe(6);
    expect(summary.employerViewers.map((e) => e.name)).toEqual(["Late", "Early"]);
  });
});
