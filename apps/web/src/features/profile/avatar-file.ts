import { ApiError, errorMessage } from "@/lib/api-client";
import { formatBytes } from "@/lib/format-bytes";

/** The API's limits for a profile picture (apps/api avatar-service); checked here first so nobody waits on a doomed upload. */
export const avatarTypes = ["image/png", "image/jpeg", "image/webp"] as const;
export const maxAvatarBytes = 5 * 1024 * 1024;

export const avatarRules = `PNG, JPEG or WebP, up to ${formatBytes(maxAvatarBytes)}.`;

const wrongTypeMessage = "isn't a PNG, JPEG or WebP image. Please choose one of those.";

/** Why `file` can't be a profile picture, in words for the person who chose it; null when it can. */
export function avatarFileProblem(file: File): string | null {
  if (!(avatarTypes as readonly string[]).includes(file.type)) return `“${file.name}” ${wrongTypeMessage}`;
  if (file.size === 0) return `“${file.name}” is empty. Please choose another image.`;
  if (file.size > maxAvatarBytes) {
    return `“${file.name}” is ${formatBytes(file.size)}. Please choose an image of ${formatBytes(maxAvatarBytes)} or less.`;
  }
  return null;
}

/** The API's refusal of an upload, worded like the checks above; anything else falls back to its problem details. */
export function avatarUploadErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 413)
      return `That image is larger than ${formatBytes(maxAvatarBytes)}. Please choose a smaller one.`;
    if (error.status === 415 || error.status === 422) return `That file ${wrongTypeMessage}`;
  }
  return errorMessage(error);
}
