import { metricFeatures, metricKeys, metricsReportSchema } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { reportSections } from "./report-sections";
import { sampleReport } from "./sample-report";

describe("sampleReport", () => {
  it("is a report the API contract accepts", () => {
    expect(metricsReportSchema.safeParse(sampleReport()).success).toBe(true);
  });
});

describe("reportSections", () => {
  it("puts features and their metrics in the contract's order whatever order they arrive in", () => {
    const sections = reportSections(sampleReport());
    expect(sections.map((s) => s.feature)).toEqual([...metricFeatures]);
    expect(sections.flatMap((s) => s.metrics.map((m) => m.key))).toEqual([...metricKeys]);
  });

  it("leaves the report it was given untouched", () => {
    const report = sampleReport();
    const before = report.features.map((s) => s.feature);
    reportSections(report);
    expect(report.features.map((s) => s.feature)).toEqual(before);
  });
});
