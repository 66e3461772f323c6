import { createProjectSchema, projectSchema, reorderSchema, updateProjectSchema } from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { PortfolioProjectsService } from "./portfolio-projects-service";

const tags = ["portfolio"];
const projectParams = z.object({ projectId: z.string().min(1).max(100) });
const projectList = z.object({ items: z.array(projectSchema) });

export function registerPortfolioProjectRoutes(app: ZodApp, { guards }: RouteDeps, projects: PortfolioProjectsService) {
  app.route({
    method: "GET",
    url: "/api/v1/me/portfolio/projects",
    schema: { operationId: "listMyProjects", tags, response: withProblems({ 200: projectList }) },
    preHandler: guards.signedIn,
    handler: (request) => projects.list(currentUser(request)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/me/portfolio/projects",
    schema: {
      operationId: "createMyProject",
      tags,
      body: createProjectSchema,
      response: withProblems({ 201: projectSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply.status(201).send(await projects.create(currentUser(request), request.body)),
  });

  // Registered before /:projectId so "order" is never read as an id.
  app.route({
    method: "PUT",
    url: "/api/v1/me/portfolio/projects/order",
    schema: {
      operationId: "reorderMyProjects",
      tags,
      description: "Sets the order of your projects: list every one of them once.",
      body: reorderSchema,
      response: withProblems({ 200: projectList }),
    },
    preHandler: guards.signedIn,
    handler: (request) => projects.reorder(currentUser(request), request.body),
  });

  app.route({
    method: "GET",
    url: "/api/v1/me/portfolio/projects/:projectId",
    schema: {
      operationId: "getMyProject",
      tags,
      params: projectParams,
      response: withProblems({ 200: projectSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => projects.get(currentUser(request), request.params.projectId),
  });

  app.route({
    method: "PATCH",
    url: "/api/v1/me/portfolio/projects/:projectId",
    schema: {
      operationId: "updateMyProject",
      tags,
      params: projectParams,
      body: updateProjectSchema,
      response: withProblems({ 200: projectSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => projects.update(currentUser(request), request.params.projectId, request.body),
  });

  app.route({
    method: "DELETE",
    url: "/api/v1/me/portfolio/projects/:projectId",
    schema: {
      operationId: "deleteMyProject",
      tags,
      description: "Deletes the project with its media (and their files) and snippets.",
      params: projectParams,
      response: withProblems({ 204: z.null() }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      await projects.remove(currentUser(request), request.params.projectId);
      return reply.status(204).send(null);
    },
  });
}
