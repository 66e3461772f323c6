import { rm } from "node:fs/promises";
import path from "node:path";
import { isAnalysisLine, parseAnalysisLog } from "../../engines/video/analysis-log";
import { planOutput, posterTime } from "../../engines/video/output-plan";
import { findQualityIssues } from "../../engines/video/quality-findings";
import { qualityTips } from "../../engines/video/quality-tips";
import { closeRanges } from "../../engines/video/time-ranges";
import type { VideoLimits } from "../../engines/video/video-limits";
import type { MediaDescription, QualityFinding, QualityTip } from "../../engines/video/video-report";
import { posterArgs, transcodeArgs } from "./ffmpeg-args";
import { MediaFailure } from "./media-failure";
import { defaultMediaTools, type MediaTools } from "./media-tools";
import { probeMedia } from "./probe-media";
import { runTool } from "./run-tool";

export interface ProcessVideoOptions {
  tools?: MediaTools;
  limits?: VideoLimits;
  /** 0..1 as the encoder works through the clip; 1 once the poster is written too. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** For the whole job: probe, transcode and poster. */
  timeoutMs?: number;
}

export interface ProcessedVideo {
  /** The upload as probed. */
  source: MediaDescription;
  video: { path: string; width: number; height: number; durationSeconds: number; sizeBytes: number };
  poster: { path: string; atSeconds: number };
  findings: QualityFinding[];
  tips: QualityTip[];
}

/** Analysis lines are a few per sampled frame; this bounds memory for any clip within the limits with room. */
const maxAnalysisLines = 20_000;
/** Share of the progress bar the transcode takes; the poster and checks finish the rest. */
const transcodeShare = 0.95;

/**
 * Turns an upload into a 720p H.264/AAC MP4 (faststart) and a JPEG poster in `outDir`, and judges its picture and
 * sound, in one decode pass. Throws MediaFailure: a rejection of the upload (not-media, no-video, too-long,
 * too-large, unsupported, corrupt) with a candidate-facing message, or ffmpeg-missing / timeout / aborted / failed.
 */
export async function processVideo(
  inputPath: string,
  outDir: string,
  options: ProcessVideoOptions = {},
): Promise<ProcessedVideo> {
  const deadline = Date.now() + (options.timeoutMs ?? 5 * 60_000);
  const job: Job = {
    tools: options.tools ?? defaultMediaTools,
    options,
    remaining: () => Math.max(1, deadline - Date.now()),
  };
  const check = await probeMedia(inputPath, {
    tools: job.tools,
    limits: options.limits,
    signal: options.signal,
    timeoutMs: job.remaining(),
  });
  if (!check.ok) throw new MediaFailure(check.rejection.code, check.rejection.message);
  const source = check.media;
  const videoPath = path.join(outDir, "video.mp4");
  const posterPath = path.join(outDir, "poster.jpg");
  try {
    const measured = await transcodeAndAnalyse(job, source, inputPath, videoPath);
    const findings = findQualityIssues(measured, {
      durationSeconds: source.durationSeconds,
      hasAudio: source.audio !== null,
    });
    const atSeconds = posterTime(source.durationSeconds, closeRanges(measured.black, source.durationSeconds));
    const poster = await runTool(job.tools.ffmpeg, posterArgs(videoPath, atSeconds, posterPath), {
      signal: options.signal,
      timeoutMs: job.remaining(),
    });
    if (poster.exitCode !== 0) throw new MediaFailure("failed", "The poster could not be made", poster.stderrTail);

    // Probing our own output checks it the way an upload is checked, and gives its real size and length.
    const output = await probeMedia(videoPath, {
      tools: job.tools,
      signal: options.signal,
      timeoutMs: job.remaining(),
    });
    if (!output.ok)
      throw new MediaFailure("failed", `The processed video failed its check: ${output.rejection.message}`);
    options.onProgress?.(1);
    return {
      source,
      video: {
        path: videoPath,
        width: output.media.video.displayWidth,
        height: output.media.video.displayHeight,
        durationSeconds: output.media.durationSeconds,
        sizeBytes: output.media.sizeBytes,
      },
      poster: { path: posterPath, atSeconds },
      findings,
      tips: qualityTips(findings, source.durationSeconds),
    };
  } catch (error) {
    await Promise.all([rm(videoPath, { force: true }), rm(posterPath, { force: true })]);
    throw error;
  }
}

interface Job {
  tools: MediaTools;
  options: ProcessVideoOptions;
  remaining: () => number;
}

/** The one decode pass: encodes the MP4 while the analysis filters print what they measure. */
async function transcodeAndAnalyse(job: Job, source: MediaDescription, inputPath: string, videoPath: string) {
  const analysisLines: string[] = [];
  let frames = 0;
  const args = transcodeArgs({
    inputPath,
    outputPath: videoPath,
    plan: planOutput(source.video),
    audioChannels: source.audio?.channels ?? null,
    maxSeconds: source.durationSeconds + 1,
  });
  const transcode = await runTool(job.tools.ffmpeg, args, {
    signal: job.options.signal,
    timeoutMs: job.remaining(),
    onStderrLine: (line) => {
      if (analysisLines.length < maxAnalysisLines && isAnalysisLine(line)) analysisLines.push(line);
    },
    onStdoutLine: (line) => {
      const [key, value] = line.split("=");
      if (key === "frame") frames = Number(value);
      if (key === "out_time_us" && source.durationSeconds > 0) {
        const done = Number(value) / 1e6 / source.durationSeconds;
        if (Number.isFinite(done)) job.options.onProgress?.(Math.min(1, Math.max(0, done)) * transcodeShare);
      }
    },
  });
  if (transcode.exitCode !== 0 || frames === 0)
    throw transcodeFailure(transcode.exitCode, frames, transcode.stderrTail);
  return parseAnalysisLog(analysisLines);
}

/** ffmpeg's decoders say "Invalid data" or "ended prematurely" for damaged input; anything else is on our side. */
function transcodeFailure(exitCode: number, frames: number, stderrTail: string): MediaFailure {
  if (frames === 0 || /Invalid data found|ended prematurely|Error while decoding|corrupt/i.test(stderrTail)) {
    return new MediaFailure(
      "corrupt",
      "The video could not be decoded. The upload may be damaged; please record again.",
      stderrTail,
    );
  }
  return new MediaFailure("failed", `ffmpeg exited with code ${exitCode}`, stderrTail);
}
