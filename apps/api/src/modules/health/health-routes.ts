import { healthSchema } from "@hirefolio/shared";
import { z } from "zod";
import type { ZodApp } from "../../http/route-context";
import type { createHealthService } from "./health-service";

export function registerHealthRoutes(
  app: ZodApp,
  health: ReturnType<typeof createHealthService>,
  oauth: { google: boolean; microsoft: boolean },
) {
  app.route({
    method: "GET",
    url: "/api/v1/health",
    config: { rateLimit: false },
    schema: {
      operationId: "getHealth",
      tags: ["platform"],
      description: "Which adapters are in use and whether each answers. 503 when any check fails.",
      response: { 200: healthSchema, 503: healthSchema },
    },
    handler: async (_request, reply) => {
      const result = await health();
      return reply.status(result.status === "ok" ? 200 : 503).send(result);
    },
  });

  app.route({
    method: "GET",
    url: "/api/v1/auth/providers",
    schema: {
      operationId: "listAuthProviders",
      tags: ["platform"],
      description: "Which OAuth sign-in buttons to show.",
      response: { 200: z.object({ google: z.boolean(), microsoft: z.boolean() }) },
    },
    handler: async () => oauth,
  });
}
