import type { MetricsReport } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { csvField, metricsCsvFilename, metricsReportCsv } from "./metrics-csv";

describe("csvField", () => {
  it("quotes commas, quotes and line breaks, and leaves plain text alone", () => {
    expect(csvField("Exports")).toBe("Exports");
    expect(csvField('Say "hi", then go')).toBe('"Say ""hi"", then go"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(-1.5)).toBe("-1.5");
  });

  it("keeps a spreadsheet from reading text as a formula", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+1,2")).toBe(`"'+1,2"`);
  });
});

describe("metricsReportCsv", () => {
  const report: MetricsReport = {
    from: "2026-03-02",
    to: "2026-03-03",
    previousFrom: "2026-02-28",
    previousTo: "2026-03-01",
    bucket: "day",
    refreshedAt: null,
    features: [
      {
        feature: "resume_builder",
        label: "AI Resume Builder",
        metrics: [
          {
            key: "resume_exports",
            feature: "resume_builder",
            label: "Exports, all formats",
            unit: "count",
            higherIsBetter: true,
            definition: "d",
            value: 3,
            previousValue: 1,
            numerator: 3,
            denominator: null,
            series: [
              { date: "2026-03-02", value: 1 },
              { date: "2026-03-03", value: 2 },
            ],
            previousSeries: [
              { date: "2026-02-28", value: null },
              { date: "2026-03-01", value: 1 },
            ],
            breakdown: [],
          },
        ],
      },
    ],
  };

  it("writes the period total and every bucket with its previous twin, CRLF-terminated", () => {
    expect(metricsReportCsv(report)).toBe(
      [
        "feature,metric,label,unit,bucket_start,value,previous_value",
        'resume_builder,resume_exports,"Exports, all formats",count,total,3,1',
        'resume_builder,resume_exports,"Exports, all formats",count,2026-03-02,1,',
        'resume_builder,resume_exports,"Exports, all formats",count,2026-03-03,2,1',
        "",
      ].join("\r\n"),
    );
    expect(metricsCsvFilename(report)).toBe("hirefolio-metrics-2026-03-02-2026-03-03.csv");
  });
});
