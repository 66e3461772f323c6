import type { MediaRejection } from "../../engines/video/video-report";

export type MediaFailureCode = MediaRejection["code"] | "ffmpeg-missing" | "timeout" | "aborted" | "failed";

/**
 * Why media processing stopped. Rejections of the upload itself carry candidate-facing messages from the video
 * engine; the rest ("ffmpeg-missing", "timeout", "aborted", "failed") are server-side and keep a bounded tail of
 * ffmpeg's stderr for the log.
 */
export class MediaFailure extends Error {
  constructor(
    readonly code: MediaFailureCode,
    message: string,
    readonly stderrTail = "",
  ) {
    super(message);
    this.name = "MediaFailure";
  }
}
