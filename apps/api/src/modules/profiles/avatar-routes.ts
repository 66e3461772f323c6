import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import { type AvatarService, avatarTypes, maxAvatarBytes } from "./avatar-service";

const tags = ["me"];

export function registerAvatarRoutes(app: ZodApp, { guards }: RouteDeps, avatars: AvatarService) {
  app.addContentTypeParser(
    Object.keys(avatarTypes),
    { parseAs: "buffer", bodyLimit: maxAvatarBytes },
    (_request, body, done) => done(null, body),
  );

  app.route({
    method: "PUT",
    url: "/api/v1/me/avatar",
    bodyLimit: maxAvatarBytes,
    schema: {
      operationId: "uploadMyAvatar",
      tags,
      description: "The raw image as the body (PNG, JPEG or WebP, at most 5 MB), with its Content-Type.",
      response: withProblems({ 200: z.object({ avatarUrl: z.string() }), 413: z.any(), 415: z.any() }),
    },
    preHandler: guards.signedIn,
    handler: async (request) => ({
      avatarUrl: await avatars.replace(
        currentUser(request),
        request.headers["content-type"] ?? "",
        request.body as Buffer,
      ),
    }),
  });

  app.route({
    method: "DELETE",
    url: "/api/v1/me/avatar",
    schema: { operationId: "deleteMyAvatar", tags, response: withProblems({ 204: z.null() }) },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      await avatars.remove(currentUser(request));
      return reply.status(204).send(null);
    },
  });
}
