import { metricKeys } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { addDays, formatDay } from "../src/engines/metrics/metric-period";
import { demoPassword, demoUsers } from "../src/seed/demo-data";
import { demoMetricsEvents } from "../src/seed/demo-metrics-history";
import { seedDemoIfEmpty } from "../src/seed/demo-seed";
import { metricOf } from "./support/metric-events";
import { signIn, startTestApp } from "./support/test-app";

const { app, deps } = await startTestApp();

describe("demo metrics history", () => {
  it("is the same every time apart from ids", () => {
    const now = new Date("2026-05-01T12:00:00Z");
    const people = { candidates: ["c1", "c2", "c3"], employers: ["r1"] };
    const strip = (rows: ReturnType<typeof demoMetricsEvents>) => rows.map(({ id: _id, ...rest }) => rest);
    const first = demoMetricsEvents(now, people);
    expect(strip(demoMetricsEvents(now, people))).toEqual(strip(first));
    expect(first.every((e) => (e.occurredAt as Date) <= now && e.properties?.demo === true)).toBe(true);
  });

  it("gives the admin of a fresh demo a figure for every metric over the last 30 days", async () => {
    await seedDemoIfEmpty(app, deps, () => {});
    const admin = await signIn(app, demoUsers.admin.email, demoPassword, { "x-internal-call": app.internalCallToken });
    const today = formatDay(Date.now());
    const response = await admin.get(`/api/v1/admin/metrics?from=${addDays(today, -29)}&to=${today}`);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    for (const key of metricKeys) {
      const metric = metricOf(report, key);
      expect(metric.value, key).not.toBeNull();
      expect(metric.value, key).toBeGreaterThan(0);
      expect(metric.previousValue, key).not.toBeNull();
      expect(metric.series.filter((p) => p.value !== null).length, key).toBeGreaterThan(10);
    }
    const variants = metricOf(report, "application_success_rate").breakdown.map((b) => b.label);
    expect(variants).toEqual(expect.arrayContaining(["Variant A", "Variant B", "Without an A/B test"]));
  });
});
