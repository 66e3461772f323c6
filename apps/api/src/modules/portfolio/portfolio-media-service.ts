import type { DbOrTx } from "@hirefolio/db";
import type { Media, UpdateMedia } from "@hirefolio/shared";
import type { SessionUser } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { StorageDriver } from "../../platform/storage/storage-driver";
import { processMedia, rejectionProblem, sniffMedia } from "./media-processing";
import * as repo from "./portfolio-media-repo";
import { projectExists } from "./portfolio-projects-repo";
import { touchPortfolio } from "./portfolio-repo";

/** The owner's editor reloads often; links in it only need to outlive a short session. */
const ownerUrlSeconds = 15 * 60;

export function createPortfolioMediaService(deps: { db: DbOrTx; storage: StorageDriver; clock: Clock }) {
  const { db, storage, clock } = deps;

  async function withUrls(row: repo.MediaRow, expiresInSeconds: number): Promise<Media> {
    const { storageKey, previewKey, ...rest } = row;
    const [url, previewUrl] = await Promise.all([
      storage.signedUrl(storageKey, { expiresInSeconds }),
      previewKey ? storage.signedUrl(previewKey, { expiresInSeconds }) : null,
    ]);
    return { ...rest, url, previewUrl };
  }

  async function requireProject(userId: string, projectId: string | null | undefined) {
    if (projectId && !(await projectExists(db, userId, projectId))) throw problems.notFound("Project");
  }

  async function deleteObjects(keys: { storageKey: string; previewKey: string | null }[]) {
    await Promise.all(
      keys.flatMap(({ storageKey, previewKey }) =>
        [storageKey, previewKey ?? []].flat().map((key) => storage.delete(key)),
      ),
    );
  }

  return {
    withUrls,
    deleteObjects,

    async list(user: SessionUser) {
      const rows = await repo.listMedia(db, user.id);
      return { items: await Promise.all(rows.map((row) => withUrls(row, ownerUrlSeconds))) };
    },

    /**
     * Sniffs, checks and re-encodes before anything is written; if storing or the insert fails midway, the objects
     * already written are removed, so a refused or failed upload leaves nothing behind.
     */
    async upload(user: SessionUser, bytes: Buffer, options: { projectId?: string; title?: string }) {
      await requireProject(user.id, options.projectId);
      const verdict = await sniffMedia(bytes);
      if (!verdict.accepted) throw rejectionProblem(verdict.rejection);
      const processed = await processMedia(verdict, bytes);
      const id = crypto.randomUUID();
      const storageKey = `portfolio/${user.id}/${id}.${processed.file.extension}`;
      const previewKey = processed.preview ? `portfolio/${user.id}/${id}-preview.${processed.preview.extension}` : null;
      const written: string[] = [];
      let row: repo.MediaRow;
      try {
        await storage.put(storageKey, processed.file.bytes, { contentType: processed.file.contentType });
        written.push(storageKey);
        if (processed.preview && previewKey) {
          await storage.put(previewKey, processed.preview.bytes, { contentType: processed.preview.contentType });
          written.push(previewKey);
        }
        row = await repo.insertMedia(db, {
          id,
          userId: user.id,
          projectId: options.projectId ?? null,
          kind: verdict.kind,
          title: options.title ?? "",
          storageKey,
          previewKey,
          contentType: processed.file.contentType,
          bytes: processed.file.bytes.length,
          width: processed.width,
          height: processed.height,
          pageCount: processed.pageCount,
          now: clock.now(),
        });
      } catch (error) {
        await Promise.all(written.map((key) => storage.delete(key)));
        throw error;
      }
      await touchPortfolio(db, user.id, clock.now());
      return withUrls(row, ownerUrlSeconds);
    },

    async update(user: SessionUser, mediaId: string, input: UpdateMedia) {
      await requireProject(user.id, input.projectId);
      const row = await repo.updateMedia(db, user.id, mediaId, input);
      if (!row) throw problems.notFound("Media");
      await touchPortfolio(db, user.id, clock.now());
      return withUrls(row, ownerUrlSeconds);
    },

    async remove(user: SessionUser, mediaId: string) {
      const keys = await repo.deleteMedia(db, user.id, mediaId);
      if (!keys) throw problems.notFound("Media");
      await touchPortfolio(db, user.id, clock.now());
      await deleteObjects([keys]);
    },
  };
}

export type PortfolioMediaService = ReturnType<typeof createPortfolioMediaService>;
