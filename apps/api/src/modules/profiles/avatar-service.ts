import { type DbOrTx, schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import type { SessionUser } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import type { StorageDriver } from "../../platform/storage/storage-driver";
import { recordProfileCompletion } from "./profile-completion";

export const avatarTypes = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" } as const;
export type AvatarType = keyof typeof avatarTypes;
export const maxAvatarBytes = 5 * 1024 * 1024;

/** The declared type must match the bytes, so a script cannot be stored and served as an "image". */
function sniffImageType(bytes: Buffer): AvatarType | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP") {
    return "image/webp";
  }
  return undefined;
}

export function createAvatarService(deps: { db: DbOrTx; storage: StorageDriver }) {
  const { db, storage } = deps;

  async function currentKey(userId: string) {
    const [row] = await db.select({ image: schema.user.image }).from(schema.user).where(eq(schema.user.id, userId));
    // OAuth sign-ins store the provider's picture URL here; only our own keys live in storage.
    return row?.image?.startsWith("avatars/") ? row.image : undefined;
  }

  return {
    async url(user: SessionUser) {
      const key = await currentKey(user.id);
      return key ? storage.signedUrl(key, { expiresInSeconds: 3600 }) : null;
    },

    async replace(user: SessionUser, declaredType: string, bytes: Buffer) {
      const sniffed = sniffImageType(bytes);
      if (!sniffed || sniffed !== declaredType) {
        throw problems.unprocessable(
          "unsupported-image",
          "Not a PNG, JPEG or WebP image",
          `The upload was declared ${declaredType} but its content is ${sniffed ?? "not an image we accept"}.`,
        );
      }
      const previous = await currentKey(user.id);
      const key = `avatars/${user.id}/${crypto.randomUUID()}.${avatarTypes[sniffed]}`;
      await storage.put(key, bytes, { contentType: sniffed });
      await db.transaction(async (tx) => {
        await tx.update(schema.user).set({ image: key }).where(eq(schema.user.id, user.id));
        await recordProfileCompletion(tx, user.id, new Date());
      });
      if (previous) await storage.delete(previous);
      return storage.signedUrl(key, { expiresInSeconds: 3600 });
    },

    async remove(user: SessionUser) {
      const previous = await currentKey(user.id);
      await db.update(schema.user).set({ image: null }).where(eq(schema.user.id, user.id));
      if (previous) await storage.delete(previous);
    },
  };
}

export type AvatarService = ReturnType<typeof createAvatarService>;
