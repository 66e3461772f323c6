import { mediaSchema, problemSchema, updateMediaSchema, uploadMediaQuerySchema } from "@hirefolio/shared";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { mediaUploadMaxBytes } from "../../engines/portfolio/media-verdict";
import { currentUser } from "../../http/auth-guard";
import { HttpProblem } from "../../http/problem";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { PortfolioMediaService } from "./portfolio-media-service";

const tags = ["portfolio"];
const mediaParams = z.object({ mediaId: z.string().min(1).max(100) });

/** Refuses a declared oversized upload before reading it; the body limit still stops one sent chunked. */
async function refuseOversized(request: FastifyRequest) {
  if (Number(request.headers["content-length"] ?? 0) > mediaUploadMaxBytes)
    throw new HttpProblem(
      413,
      "file-too-large",
      "File too large",
      `Uploads can be at most ${mediaUploadMaxBytes / 1024 / 1024} MB.`,
    );
}

export function registerPortfolioMediaRoutes(app: ZodApp, { guards }: RouteDeps, media: PortfolioMediaService) {
  // The upload's parser lives in its own plugin: any declared type reaches the handler as bytes (it is ignored and
  // the content sniffed), while the rest of the API keeps refusing raw bodies.
  app.register(async (scope: ZodApp) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: mediaUploadMaxBytes }, (_request, body, done) =>
      done(null, body),
    );

    scope.route({
      method: "POST",
      url: "/api/v1/me/portfolio/media",
      bodyLimit: mediaUploadMaxBytes,
      schema: {
        operationId: "uploadMyPortfolioMedia",
        tags,
        description:
          "The raw file as the body. Its type is read from its bytes (the declared type and name are ignored): " +
          "JPEG/PNG/WebP/GIF/AVIF images (≤ 25 MB, ≤ 40 megapixels; re-encoded without metadata, ≤ 2400 px, with a " +
          "480 px thumbnail), PDF work samples (≤ 20 MB; first-page preview) and MP4/WebM videos (≤ 100 MB). SVG, " +
          "archives and damaged files are refused with 422 and nothing is stored.",
        querystring: uploadMediaQuerySchema,
        response: withProblems({ 201: mediaSchema, 413: problemSchema }),
      },
      onRequest: [guards.signedIn, refuseOversized],
      handler: async (request, reply) =>
        reply
          .status(201)
          .send(
            await media.upload(
              currentUser(request),
              (request.body as Buffer | undefined) ?? Buffer.alloc(0),
              request.query,
            ),
          ),
    });
  });

  app.route({
    method: "GET",
    url: "/api/v1/me/portfolio/media",
    schema: {
      operationId: "listMyPortfolioMedia",
      tags,
      response: withProblems({ 200: z.object({ items: z.array(mediaSchema) }) }),
    },
    preHandler: guards.signedIn,
    handler: (request) => media.list(currentUser(request)),
  });

  app.route({
    method: "PATCH",
    url: "/api/v1/me/portfolio/media/:mediaId",
    schema: {
      operationId: "updateMyPortfolioMedia",
      tags,
      description: "Title, caption, position, or the project it belongs to (null: a work sample on its own).",
      params: mediaParams,
      body: updateMediaSchema,
      response: withProblems({ 200: mediaSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => media.update(currentUser(request), request.params.mediaId, request.body),
  });

  app.route({
    method: "DELETE",
    url: "/api/v1/me/portfolio/media/:mediaId",
    schema: {
      operationId: "deleteMyPortfolioMedia",
      tags,
      description: "Deletes the item and its stored files.",
      params: mediaParams,
      response: withProblems({ 204: z.null() }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      await media.remove(currentUser(request), request.params.mediaId);
      return reply.status(204).send(null);
    },
  });
}
