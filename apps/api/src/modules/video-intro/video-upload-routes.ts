import { createReadStream } from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import { videoUploadMaxBytes, videoUploadPath } from "@hirefolio/shared";
import { Server, type Upload } from "@tus/server";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "../../config";
import { currentUser } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import type { RouteDeps, ZodApp } from "../../http/route-context";
import type { StorageDriver } from "../../platform/storage/storage-driver";
import { UnsupportedVideoTypeError, type VideoIntroService } from "./video-intro-service";
import { videoObjectKey } from "./video-objects";
import { createVideoUploadStore } from "./video-upload-store";

/** A thrown `{ status_code, body }` is what tus sends back to the client. */
const tusError = (status_code: number, body: string) => ({ status_code, body: `${body}\n` });

/** The tus request wraps the Node request it came from; the route leaves the signed-in user's id on that. */
const uploaders = new WeakMap<IncomingMessage, string>();
function uploaderOf(request: unknown): string {
  const raw = (request as { runtime?: { node?: { req?: IncomingMessage } } }).runtime?.node?.req;
  const userId = raw && uploaders.get(raw);
  if (!userId) throw tusError(401, "Sign in to upload.");
  return userId;
}

/**
 * The tus server for video uploads. Local storage: chunks land in DATA_DIR/tus and the finished file is copied into
 * the storage adapter. S3: the tus store writes the object into the bucket itself (multipart), so it is recorded
 * where it is.
 */
function createTusServer(config: Config, storage: StorageDriver, videos: VideoIntroService) {
  const datastore = createVideoUploadStore(config);

  async function storeSource(userId: string, upload: Upload) {
    if (config.s3) return { key: upload.id, bytes: upload.offset };
    const key = videoObjectKey(userId, upload.id, "source");
    const filePath = upload.storage?.path ?? path.join(config.DATA_DIR, "tus", upload.id);
    const stored = await storage.put(key, createReadStream(filePath), {
      contentType: upload.metadata?.filetype ?? "application/octet-stream",
    });
    await datastore.remove(upload.id);
    return { key, bytes: stored.size };
  }

  return new Server({
    path: videoUploadPath,
    datastore,
    maxSize: videoUploadMaxBytes,
    // The browser reaches the API through the web app's /api rewrite; a relative Location works on either origin.
    relativeLocation: true,
    allowedOrigins: [config.PUBLIC_URL],
    allowedCredentials: true,
    namingFunction: () => crypto.randomUUID(),
    async onUploadCreate(request, upload) {
      const userId = uploaderOf(request);
      try {
        await videos.startUpload(userId, {
          id: upload.id,
          fileType: upload.metadata?.filetype ?? undefined,
          bytes: upload.size ?? null,
        });
      } catch (error) {
        if (error instanceof UnsupportedVideoTypeError) throw tusError(415, error.message);
        throw error;
      }
      return { metadata: { ...upload.metadata, userId } };
    },
    async onUploadFinish(request, upload) {
      const userId = upload.metadata?.userId ?? uploaderOf(request);
      await videos.finishUpload(userId, upload.id, await storeSource(userId, upload));
      return {};
    },
  });
}

/**
 * The tus protocol at /api/v1/me/video/uploads: creation, HEAD, PATCH and termination. Fastify authenticates and
 * checks that the upload is the caller's, then hands the raw request to the tus server. The plugin scope accepts
 * `application/offset+octet-stream` without reading it, so chunks stream to the store with no body limit but tus's.
 */
export async function registerVideoUploadRoutes(app: ZodApp, { deps, guards }: RouteDeps, videos: VideoIntroService) {
  const tus = createTusServer(deps.config, deps.storage, videos);
  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser("application/offset+octet-stream", (_request, _payload, done) => done(null));
    const hide = { hide: true, tags: ["video-intro"] };

    scope.route({
      method: ["POST", "HEAD", "PATCH", "DELETE"],
      url: `${videoUploadPath}/:id?`,
      schema: { ...hide, params: z.object({ id: z.string().max(100).optional() }) },
      preHandler: guards.signedIn,
      handler: async (request, reply) => {
        const user = currentUser(request);
        const { id } = request.params;
        if ((request.method === "POST") === (id !== undefined)) throw problems.notFound("Upload");
        if (id !== undefined && !(await videos.ownsUpload(user.id, id))) throw problems.notFound("Upload");
        uploaders.set(request.raw, user.id);
        reply.hijack();
        await tus.handle(request.raw, reply.raw);
        if (request.method === "DELETE" && id !== undefined && reply.raw.statusCode === 204) {
          await videos.cancelUpload(user.id, id);
        }
      },
    });

    // CORS preflights carry no cookie; tus answers them with what it supports.
    scope.route({
      method: "OPTIONS",
      url: `${videoUploadPath}/:id?`,
      schema: hide,
      handler: async (request, reply) => {
        reply.hijack();
        await tus.handle(request.raw, reply.raw);
      },
    });
  });
}
