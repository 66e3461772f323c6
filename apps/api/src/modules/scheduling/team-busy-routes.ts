import { interviewRangeQuerySchema, teamBusySchema } from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import { createTeamBusyService } from "./team-busy-service";

const employerParams = z.object({ employerId: z.string().min(1).max(100) });

export function registerTeamBusyRoutes(app: ZodApp, { deps, guards }: RouteDeps) {
  const teamBusy = createTeamBusyService(deps.database.db);
  app.route({
    method: "GET",
    url: "/api/v1/employers/:employerId/busy",
    schema: {
      operationId: "listTeamBusy",
      tags: ["scheduling"],
      description: "Busy time from the members' imported calendars overlapping [from, to), without event details.",
      params: employerParams,
      querystring: interviewRangeQuerySchema,
      response: withProblems({ 200: teamBusySchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) =>
      teamBusy.list(currentUser(request), request.params.employerId, request.query.from, request.query.to),
  });
}
