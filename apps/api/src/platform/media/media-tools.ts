/** Commands to run; the lead's config may point these at a registry-shipped binary instead of Debian's. */
export interface MediaTools {
  ffmpeg: string;
  ffprobe: string;
}

export const defaultMediaTools: MediaTools = { ffmpeg: "ffmpeg", ffprobe: "ffprobe" };

/**
 * Demuxers ffmpeg may open for an upload. Without this, ffmpeg guesses: a text file becomes "tty" video, and an
 * HLS or concat playlist in disguise makes it read other files or URLs.
 */
export const allowedDemuxers = "matroska,webm,mov,mp4,m4a,3gp,3g2,mj2";

/** Input options shared by every ffmpeg/ffprobe call on an upload; `file:` stops a path being read as a protocol. */
export const safeInput = (path: string) => [
  "-format_whitelist",
  allowedDemuxers,
  "-protocol_whitelist",
  "file",
  "-i",
  `file:${path}`,
];
