import { candidateProfileSchema, meSchema, updateCandidateProfileSchema } from "@hirefolio/shared";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { EmployersService } from "../employers/employers-service";
import type { AvatarService } from "./avatar-service";
import type { ProfilesService } from "./profiles-service";

const tags = ["me"];

export function registerProfileRoutes(
  app: ZodApp,
  { guards }: RouteDeps,
  services: { profiles: ProfilesService; employers: EmployersService; avatars: AvatarService },
) {
  const { profiles, employers, avatars } = services;
  app.route({
    method: "GET",
    url: "/api/v1/me",
    schema: { operationId: "getMe", tags, response: withProblems({ 200: meSchema }) },
    preHandler: guards.signedIn,
    handler: async (request) => {
      const user = currentUser(request);
      const [memberships, avatarUrl] = await Promise.all([employers.listMine(user), avatars.url(user)]);
      return { ...user, employers: memberships, avatarUrl };
    },
  });

  app.route({
    method: "GET",
    url: "/api/v1/me/profile",
    schema: { operationId: "getMyProfile", tags, response: withProblems({ 200: candidateProfileSchema }) },
    preHandler: guards.signedIn,
    handler: (request) => profiles.get(currentUser(request)),
  });

  app.route({
    method: "PATCH",
    url: "/api/v1/me/profile",
    schema: {
      operationId: "updateMyProfile",
      tags,
      body: updateCandidateProfileSchema,
      response: withProblems({ 200: candidateProfileSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => profiles.update(currentUser(request), request.body),
  });
}
