import { type Db, schema } from "@hirefolio/db";
import { outboxMessageSchema } from "@hirefolio/shared";
import { desc } from "drizzle-orm";
import { z } from "zod";
import type { AuthGuards } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import { withProblems, type ZodApp } from "../../http/route-context";

/**
 * The outbox replaces SMTP in development so verification and reset links can be clicked. It holds
 * other people's secrets, so outside development only admins may read it.
 */
export function registerDevOutboxRoutes(
  app: ZodApp,
  db: Db,
  guards: AuthGuards,
  options: { enabled: boolean; public: boolean },
) {
  app.route({
    method: "GET",
    url: "/api/v1/dev/outbox",
    schema: {
      operationId: "listDevOutbox",
      tags: ["platform"],
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
      response: withProblems({ 200: z.array(outboxMessageSchema) }),
    },
    preHandler: async (request) => {
      if (!options.enabled) throw problems.notFound("Outbox");
      if (!options.public) await guards.roles("admin")(request);
    },
    handler: async (request) => {
      const rows = await db
        .select()
        .from(schema.outboxMessage)
        .orderBy(desc(schema.outboxMessage.createdAt))
        .limit(request.query.limit);
      return rows.map((row) => ({
        ...row,
        attachments: row.attachments.map(({ filename, contentType }) => ({ filename, contentType })),
        createdAt: row.createdAt.toISOString(),
      }));
    },
  });
}
