import { availabilityInputSchema, availabilitySchema } from "@hirefolio/shared";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { AvailabilityService } from "./availability-service";

const tags = ["scheduling"];

export function registerAvailabilityRoutes(app: ZodApp, { guards }: RouteDeps, availability: AvailabilityService) {
  app.route({
    method: "GET",
    url: "/api/v1/me/availability",
    schema: { operationId: "getMyAvailability", tags, response: withProblems({ 200: availabilitySchema }) },
    preHandler: guards.signedIn,
    handler: (request) => availability.get(currentUser(request)),
  });

  app.route({
    method: "PUT",
    url: "/api/v1/me/availability",
    schema: {
      operationId: "putMyAvailability",
      tags,
      body: availabilityInputSchema,
      response: withProblems({ 200: availabilitySchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => availability.put(currentUser(request), request.body),
  });
}
