import { checkFfmpeg, type FfmpegStatus } from "../../platform/media/check-ffmpeg";

let status: Promise<FfmpegStatus> | undefined;

/** Checked once per process: the binaries do not change while it runs, and /health must stay cheap. */
export function ffmpegStatus(): Promise<FfmpegStatus> {
  status ??= checkFfmpeg();
  return status;
}

/** One start-up line saying which ffmpeg processes videos, or plainly that none can. */
export async function logFfmpegStatus(logger: { info: (message: string) => void; warn: (message: string) => void }) {
  const found = await ffmpegStatus();
  if (found.ok) logger.info(`Video processing: ffmpeg ${found.ffmpegVersion}, ffprobe ${found.ffprobeVersion}`);
  else logger.warn(found.problem ?? "Video processing is off: ffmpeg is missing");
}
