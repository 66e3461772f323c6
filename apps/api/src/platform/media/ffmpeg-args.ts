import type { OutputPlan } from "../../engines/video/output-plan";
import { safeInput } from "./media-tools";

/**
 * Encoder settings: x264 "veryfast" at CRF 23 encodes a 60 s 720p talking head in a fraction of real time on
 * 2 cores with little visible loss; High profile plays on every browser and phone. AAC 96 kb/s is plenty for
 * one voice.
 */
const x264 = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-profile:v", "high", "-pix_fmt", "yuv420p"];
const aac = ["-c:a", "aac", "-b:a", "96k"];

/**
 * Analysis runs on a copy of the scaled picture at 5 fps and 320 px wide: plenty to judge light, black and
 * frozen stretches, and nearly free next to the encoder. freezedetect at −60 dB sees webcam sensor noise as
 * motion, so only a truly stuck picture (a stalled camera or a hidden tab) counts.
 */
const videoAnalysis =
  "fps=5,scale=320:-2,signalstats,metadata=print:key=lavfi.signalstats.YAVG," +
  "blackdetect=d=0.5:pix_th=0.10,freezedetect=n=-60dB:d=2,nullsink";
/**
 * Audio is judged as 16-bit, as a listener hears it: samples a float decoder puts above full scale clamp, so
 * clipping shows as flat peaks in astats. −45 dB separates a quiet voice from a room with noise suppression on.
 */
const audioAnalysis =
  "aformat=sample_fmts=s16,volumedetect,silencedetect=n=-45dB:d=3,astats=measure_perchannel=none,anullsink";

export interface TranscodeInput {
  inputPath: string;
  outputPath: string;
  plan: OutputPlan;
  audioChannels: number | null;
  /** Stop reading after this many seconds, whatever the file claims. */
  maxSeconds: number;
}

/** One decode pass: the picture and sound each split into an encoder branch and an analysis branch. */
export function transcodeArgs({ inputPath, outputPath, plan, audioChannels, maxSeconds }: TranscodeInput): string[] {
  const video =
    `[0:v:0]fps=${plan.fps},scale=${plan.width}:${plan.height},setsar=1,format=yuv420p,split=2[venc][vscan];` +
    `[vscan]${videoAnalysis}`;
  const audio = audioChannels === null ? "" : `;[0:a:0]asplit=2[aenc][ascan];[ascan]${audioAnalysis}`;
  return [
    "-hide_banner",
    "-nostdin",
    "-nostats",
    "-loglevel",
    "info",
    "-y",
    ...safeInput(inputPath),
    "-t",
    String(maxSeconds),
    "-filter_complex",
    video + audio,
    "-map",
    "[venc]",
    ...x264,
    "-g",
    String(plan.keyframeInterval),
    ...(audioChannels === null ? [] : ["-map", "[aenc]", ...aac, ...(audioChannels > 2 ? ["-ac", "2"] : [])]),
    "-movflags",
    "+faststart",
    "-progress",
    "pipe:1",
    outputPath,
  ];
}

/** One JPEG frame from the finished MP4 (its 2 s keyframes make the seek cheap). */
export function posterArgs(videoPath: string, atSeconds: number, posterPath: string): string[] {
  return [
    "-hide_banner",
    "-nostdin",
    "-loglevel",
    "error",
    "-y",
    "-ss",
    atSeconds.toFixed(3),
    ...safeInput(videoPath),
    "-frames:v",
    "1",
    "-q:v",
    "3",
    posterPath,
  ];
}
