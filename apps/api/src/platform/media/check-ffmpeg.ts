import { MediaFailure } from "./media-failure";
import { defaultMediaTools, type MediaTools } from "./media-tools";
import { runTool } from "./run-tool";

export interface FfmpegStatus {
  ok: boolean;
  ffmpegVersion: string | null;
  ffprobeVersion: string | null;
  encoders: { libx264: boolean; aac: boolean };
  /** What is wrong, written for the start-up log and /health; null when ok. */
  problem: string | null;
}

/** "ffmpeg version 5.1.9-0+deb12u1 Copyright …" → "5.1.9-0+deb12u1". */
export function parseVersion(output: string): string | null {
  return /^\S+ version (\S+)/m.exec(output)?.[1] ?? null;
}

/** Names from `ffmpeg -encoders` rows such as " V....D libx264   libx264 H.264 / AVC …". */
export function parseEncoders(output: string): Set<string> {
  const names = output.split("\n").map((line) => /^ [VAS][A-Z.]{5} (\w[\w-]*) /.exec(line)?.[1]);
  return new Set(names.filter((name) => name !== undefined));
}

async function capture(command: string, args: string[]): Promise<string | null> {
  const lines: string[] = [];
  try {
    const { exitCode } = await runTool(command, args, { timeoutMs: 10_000, onStdoutLine: (l) => lines.push(l) });
    return exitCode === 0 ? lines.join("\n") : null;
  } catch (error) {
    if (error instanceof MediaFailure) return null;
    throw error;
  }
}

/** Finds out at start-up whether video processing can work, and says plainly what to install if not. */
export async function checkFfmpeg(tools: MediaTools = defaultMediaTools): Promise<FfmpegStatus> {
  const [ffmpegOut, ffprobeOut, encodersOut] = await Promise.all([
    capture(tools.ffmpeg, ["-hide_banner", "-version"]),
    capture(tools.ffprobe, ["-hide_banner", "-version"]),
    capture(tools.ffmpeg, ["-hide_banner", "-encoders"]),
  ]);
  const encoders = parseEncoders(encodersOut ?? "");
  const status = {
    ffmpegVersion: ffmpegOut === null ? null : parseVersion(ffmpegOut),
    ffprobeVersion: ffprobeOut === null ? null : parseVersion(ffprobeOut),
    encoders: { libx264: encoders.has("libx264"), aac: encoders.has("aac") },
  };
  const missing = [
    status.ffmpegVersion === null && `ffmpeg ("${tools.ffmpeg}")`,
    status.ffprobeVersion === null && `ffprobe ("${tools.ffprobe}")`,
  ].filter((m) => m !== false);
  const missingEncoders = Object.entries(status.encoders)
    .filter(([, present]) => !present)
    .map(([name]) => name);
  const problem =
    missing.length > 0
      ? `Video processing is off: ${missing.join(" and ")} could not be run. Install ffmpeg (apt-get install ffmpeg) or set the path to the binaries.`
      : missingEncoders.length > 0
        ? `Video processing is off: this ffmpeg build lacks the ${missingEncoders.join(" and ")} encoder(s); install a full build (Debian's ffmpeg package has both).`
        : null;
  return { ok: problem === null, ...status, problem };
}
