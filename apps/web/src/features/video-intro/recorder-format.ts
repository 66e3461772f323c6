/**
 * Containers MediaRecorder can write, best first: VP9 is smallest for the same quality, VP8 covers older
 * Chromium and Firefox, MP4 is what Safari records. The server accepts all three and transcodes to MP4.
 */
export const recorderMimePreferences = [
  "video/webm;codecs=vp9,opus",
  "video/webm;codecs=vp8,opus",
  "video/mp4;codecs=avc1,mp4a",
] as const;

/** The first preference the browser can record, or undefined to let MediaRecorder choose its default. */
export function pickRecorderMime(isTypeSupported: (mimeType: string) => boolean): string | undefined {
  return recorderMimePreferences.find((mimeType) => isTypeSupported(mimeType));
}

/** The bare container type for a recorder's mime type ("video/webm;codecs=vp9" → "video/webm"). */
export function containerType(mimeType: string): "video/webm" | "video/mp4" {
  return mimeType.toLowerCase().startsWith("video/mp4") ? "video/mp4" : "video/webm";
}

/** A file name for a take, unique per recording so a resumable upload never resumes a different take. */
export function takeFileName(mimeType: string, recordedAt: number): string {
  const extension = containerType(mimeType) === "video/mp4" ? "mp4" : "webm";
  return `video-intro-${recordedAt}.${extension}`;
}
