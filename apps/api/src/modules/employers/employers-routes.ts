import {
  createEmployerSchema,
  createInvitationSchema,
  employerMemberSchema,
  employerSchema,
  invitationSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser, sessionHeaders } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { EmployersService } from "./employers-service";

const employerParams = z.object({ employerId: z.string().min(1).max(100) });
const tags = ["employers"];

export function registerEmployerRoutes(app: ZodApp, { guards }: RouteDeps, employers: EmployersService) {
  app.route({
    method: "GET",
    url: "/api/v1/employers",
    schema: { operationId: "listMyEmployers", tags, response: withProblems({ 200: z.array(employerSchema) }) },
    preHandler: guards.signedIn,
    handler: (request) => employers.listMine(currentUser(request)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/employers",
    schema: {
      operationId: "createEmployer",
      tags,
      body: createEmployerSchema,
      response: withProblems({ 201: employerSchema }),
    },
    preHandler: guards.roles("recruiter", "admin"),
    handler: async (request, reply) =>
      reply.status(201).send(await employers.create(currentUser(request), request.body, sessionHeaders(request))),
  });

  app.route({
    method: "GET",
    url: "/api/v1/employers/:employerId",
    schema: {
      operationId: "getEmployer",
      tags,
      params: employerParams,
      response: withProblems({ 200: employerSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => employers.get(currentUser(request), request.params.employerId),
  });

  app.route({
    method: "GET",
    url: "/api/v1/employers/:employerId/members",
    schema: {
      operationId: "listEmployerMembers",
      tags,
      params: employerParams,
      response: withProblems({ 200: z.array(employerMemberSchema) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => employers.members(currentUser(request), request.params.employerId),
  });

  app.route({
    method: "GET",
    url: "/api/v1/employers/:employerId/invitations",
    schema: {
      operationId: "listEmployerInvitations",
      tags,
      params: employerParams,
      response: withProblems({ 200: z.array(invitationSchema) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => employers.invitations(currentUser(request), request.params.employerId),
  });

  app.route({
    method: "POST",
    url: "/api/v1/employers/:employerId/invitations",
    schema: {
      operationId: "inviteEmployerMember",
      tags,
      params: employerParams,
      body: createInvitationSchema,
      response: withProblems({ 201: invitationSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await employers.invite(
            currentUser(request),
            request.params.employerId,
            request.body,
            sessionHeaders(request),
          ),
        ),
  });

  app.route({
    method: "GET",
    url: "/api/v1/me/invitations",
    schema: { operationId: "listMyInvitations", tags, response: withProblems({ 200: z.array(invitationSchema) }) },
    preHandler: guards.signedIn,
    handler: (request) => employers.myInvitations(currentUser(request)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/invitations/:invitationId/accept",
    schema: {
      operationId: "acceptInvitation",
      tags,
      params: z.object({ invitationId: z.string().min(1).max(100) }),
      response: withProblems({ 200: employerSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => employers.accept(currentUser(request), request.params.invitationId, sessionHeaders(request)),
  });
}
