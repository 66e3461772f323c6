import { videoCaptionsInputSchema, videoCaptionsMaxBytes, videoIntroSchema } from "@hirefolio/shared";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { VideoIntroService } from "./video-intro-service";

const tags = ["video-intro"];
const idParams = z.object({ id: z.string().min(1).max(100) });

export async function registerVideoIntroRoutes(app: ZodApp, { guards }: RouteDeps, videos: VideoIntroService) {
  app.route({
    method: "GET",
    url: "/api/v1/me/video",
    schema: {
      operationId: "getMyVideo",
      tags,
      description:
        "Your newest video introduction once uploaded: processing (with progress), ready (signed URLs valid 1 h, quality tips) or failed (with the reason). 404 when you have none.",
      response: withProblems({ 200: videoIntroSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => videos.latest(currentUser(request).id),
  });

  app.route({
    method: "GET",
    url: "/api/v1/me/videos/:id",
    schema: {
      operationId: "getMyVideoById",
      tags,
      description: "One of your videos, by the id of its upload; poll it while it is processing.",
      params: idParams,
      response: withProblems({ 200: videoIntroSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => videos.get(currentUser(request).id, request.params.id),
  });

  app.route({
    method: "DELETE",
    url: "/api/v1/me/videos/:id",
    schema: {
      operationId: "deleteMyVideo",
      tags,
      description: "Deletes the video, its files and captions; a processing job for it stops short of publishing.",
      params: idParams,
      response: withProblems({ 204: z.null() }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      await videos.remove(currentUser(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  });

  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    // WebVTT may also be sent as itself (text/vtt), which is how the editor saves what it shows.
    scope.addContentTypeParser(
      "text/vtt",
      { parseAs: "string", bodyLimit: videoCaptionsMaxBytes * 2 },
      (_request, body, done) => done(null, { vtt: body }),
    );
    scope.route({
      method: "PUT",
      url: "/api/v1/me/videos/:id/captions",
      schema: {
        operationId: "putMyVideoCaptions",
        tags,
        description:
          "Sets the captions of a ready video: WebVTT (`{vtt}` or a text/vtt body; cues inside the video, at most 200 cues and 20 KB, only <b> <i> <u> kept) or a plain `{transcript}` spread into ~7 s cues.",
        params: idParams,
        body: videoCaptionsInputSchema,
        response: withProblems({ 200: videoIntroSchema }),
      },
      preHandler: guards.signedIn,
      handler: (request) => videos.setCaptions(currentUser(request).id, request.params.id, request.body),
    });
  });

  app.route({
    method: "GET",
    url: "/api/v1/videos/:id/captions.vtt",
    schema: {
      operationId: "getVideoCaptions",
      tags,
      description:
        "The captions track (text/vtt) for the player: for the owner, or for anyone when the owner's portfolio is public or unlisted.",
      params: idParams,
      response: withProblems({ 200: z.string() }),
    },
    preHandler: guards.optionalUser,
    handler: async (request, reply) => {
      const vtt = await videos.captions(request.sessionUser?.id, request.params.id);
      return reply.type("text/vtt; charset=utf-8").header("cache-control", "no-cache").send(vtt);
    },
  });
}
