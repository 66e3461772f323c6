import { z } from "zod";
import { HttpProblem, problems } from "../../http/problem";
import type { ZodApp } from "../../http/route-context";
import type { Clock } from "../../platform/clock";
import { verifyLocalSignature } from "../../platform/storage/local-storage";
import type { StorageDriver } from "../../platform/storage/storage-driver";
import { parseRangeHeader } from "./range-header";

/**
 * Serves local-disk objects through the signed URLs LocalStorage hands out (S3 serves its own presigned URLs).
 * Range requests are answered with 206 so the browser can seek in videos.
 */
export function registerFileRoutes(app: ZodApp, storage: StorageDriver, secret: string, clock: Clock) {
  if (storage.kind !== "local") return;
  app.route({
    method: "GET",
    url: "/api/v1/files/*",
    config: { rateLimit: false },
    schema: {
      operationId: "getSignedFile",
      tags: ["files"],
      description: "Downloads a stored file through a signed, expiring URL; supports HTTP Range.",
      querystring: z.object({ expires: z.string().max(20), signature: z.string().max(128) }),
    },
    handler: async (request, reply) => {
      const key = (request.params as { "*": string })["*"];
      const { expires, signature } = request.query;
      if (!verifyLocalSignature(secret, key, expires, signature, clock.now())) {
        throw problems.forbidden("This file link is invalid or has expired; ask for a new one.");
      }
      const object = await storage.stat(key);
      if (!object) throw problems.notFound("File");
      const range = parseRangeHeader(request.headers.range, object.size);
      reply.header("accept-ranges", "bytes").header("cache-control", "private, max-age=300");
      if (range === "unsatisfiable") {
        throw new HttpProblem(
          416,
          "range-not-satisfiable",
          "Range not satisfiable",
          `The file has ${object.size} bytes.`,
          undefined,
          {
            "content-range": `bytes */${object.size}`,
          },
        );
      }
      const { body } = await storage.stream(key, range);
      reply.type(object.contentType);
      if (!range) return reply.header("content-length", object.size).send(body);
      return reply
        .status(206)
        .header("content-range", `bytes ${range.start}-${range.end}/${object.size}`)
        .header("content-length", range.end - range.start + 1)
        .send(body);
    },
  });
}
