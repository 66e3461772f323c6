import { metricsQuerySchema, metricsReportSchema } from "@hirefolio/shared";
import { metricsCsvFilename, metricsReportCsv } from "../../engines/metrics/metrics-csv";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { MetricsService } from "./metrics-service";

export function registerMetricsRoutes(app: ZodApp, { guards }: RouteDeps, metrics: MetricsService) {
  app.route({
    method: "GET",
    url: "/api/v1/admin/metrics",
    schema: {
      operationId: "getSuccessMetrics",
      tags: ["admin"],
      description:
        "The success metrics of every feature for the UTC days `from`..`to` (at most two years), each with its " +
        "definition, the figure of the same number of days just before, a series per day (up to 62 days), week " +
        "(up to a year) or month, and its parts. `format=csv` sends the same figures as a CSV download: one row " +
        "per metric for the period (bucket_start `total`) and one per bucket. Admins only.",
      querystring: metricsQuerySchema,
      // The CSV is sent as text/csv, which Fastify passes through without this JSON serializer.
      response: withProblems({ 200: metricsReportSchema }),
    },
    preHandler: guards.roles("admin"),
    handler: async (request, reply) => {
      const report = await metrics.report(request.query);
      reply.header("cache-control", "private, no-store");
      if (request.query.format !== "csv") return report;
      return (
        reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${metricsCsvFilename(report)}"`)
          // The typed reply expects the JSON report; a text/csv string bypasses the serializer as intended.
          .send(metricsReportCsv(report) as never)
      );
    },
  });
}
