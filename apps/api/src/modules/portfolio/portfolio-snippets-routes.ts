import { createSnippetSchema, snippetSchema, updateSnippetSchema } from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { PortfolioSnippetsService } from "./portfolio-snippets-service";

const tags = ["portfolio"];
const snippetParams = z.object({ snippetId: z.string().min(1).max(100) });

export function registerPortfolioSnippetRoutes(app: ZodApp, { guards }: RouteDeps, snippets: PortfolioSnippetsService) {
  app.route({
    method: "GET",
    url: "/api/v1/me/portfolio/snippets",
    schema: {
      operationId: "listMySnippets",
      tags,
      response: withProblems({ 200: z.object({ items: z.array(snippetSchema) }) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => snippets.list(currentUser(request)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/me/portfolio/snippets",
    schema: {
      operationId: "createMySnippet",
      tags,
      description: "Highlighted once here (Shiki, light and dark theme); reads serve the stored HTML.",
      body: createSnippetSchema,
      response: withProblems({ 201: snippetSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply.status(201).send(await snippets.create(currentUser(request), request.body)),
  });

  app.route({
    method: "GET",
    url: "/api/v1/me/portfolio/snippets/:snippetId",
    schema: {
      operationId: "getMySnippet",
      tags,
      params: snippetParams,
      response: withProblems({ 200: snippetSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => snippets.get(currentUser(request), request.params.snippetId),
  });

  app.route({
    method: "PATCH",
    url: "/api/v1/me/portfolio/snippets/:snippetId",
    schema: {
      operationId: "updateMySnippet",
      tags,
      params: snippetParams,
      body: updateSnippetSchema,
      response: withProblems({ 200: snippetSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => snippets.update(currentUser(request), request.params.snippetId, request.body),
  });

  app.route({
    method: "DELETE",
    url: "/api/v1/me/portfolio/snippets/:snippetId",
    schema: {
      operationId: "deleteMySnippet",
      tags,
      params: snippetParams,
      response: withProblems({ 204: z.null() }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      await snippets.remove(currentUser(request), request.params.snippetId);
      return reply.status(204).send(null);
    },
  });
}
