import { badgeEvaluationSchema, myBadgesSchema } from "@hirefolio/shared";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { BadgesService } from "./badges-service";

const tags = ["badges"];

export function registerBadgeRoutes(app: ZodApp, { guards }: RouteDeps, badges: BadgesService) {
  app.route({
    method: "GET",
    url: "/api/v1/me/badges",
    schema: {
      operationId: "listMyBadges",
      tags,
      description: "Every badge: earned ones with their credential, the others with what is left to earn them.",
      response: withProblems({ 200: myBadgesSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => badges.list(currentUser(request).id),
  });

  app.route({
    method: "POST",
    url: "/api/v1/me/badges/evaluate",
    schema: {
      operationId: "evaluateMyBadges",
      tags,
      description:
        "Awards the badges your activity now earns, each as a signed Open Badges 3.0 credential. Idempotent.",
      response: withProblems({ 200: badgeEvaluationSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => badges.evaluate(currentUser(request).id),
  });
}
