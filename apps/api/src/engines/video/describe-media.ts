import {
  type FfprobeOutput,
  ffprobeOutputSchema,
  type ProbeStream,
  parseRate,
  parseTagDuration,
} from "./ffprobe-output";
import { type PacketScan, scannedDuration } from "./packet-scan";
import { type VideoLimits, videoLimits } from "./video-limits";
import type { MediaCheck, MediaDescription, MediaRejection } from "./video-report";

/** Containers browsers record (WebM, MP4) and phones save (MP4, MOV); the runner whitelists the same demuxers. */
const containers = new Set(["matroska,webm", "mov,mp4,m4a,3gp,3g2,mj2"]);
const videoCodecs = new Set(["h264", "hevc", "vp8", "vp9", "av1", "mpeg4"]);
const audioCodecs = new Set(["opus", "aac", "vorbis", "mp3", "flac", "alac"]);
const isAudioCodec = (codec: string) => audioCodecs.has(codec) || codec.startsWith("pcm_");

/** A truncated upload keeps its header's duration but loses packets at the end; allow the recorder's last chunk. */
const truncationToleranceSeconds = 1;

export interface MediaFacts {
  sizeBytes: number;
  /** The video stream's packets; without it the header's duration is trusted. */
  packets?: PacketScan;
}

const reject = (code: MediaRejection["code"], message: string): MediaCheck => ({
  ok: false,
  rejection: { code, message },
});

/**
 * Validates what ffprobe said about an upload and describes it, or says in plain words why it cannot be a
 * video introduction.
 */
export function describeMedia(probeJson: unknown, facts: MediaFacts, limits: VideoLimits = videoLimits): MediaCheck {
  if (facts.sizeBytes > limits.maxBytes) {
    return reject("too-large", `The file is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB.`);
  }
  const parsed = ffprobeOutputSchema.safeParse(probeJson);
  const format = parsed.data?.format;
  if (!parsed.success || !format) {
    return reject("not-media", "We couldn't read this file as a video. Please record again or upload an MP4 or WebM.");
  }
  const probe = parsed.data;
  if (!containers.has(format.format_name)) {
    return reject("unsupported", "This file type isn't supported. Please upload an MP4, MOV or WebM video.");
  }
  const videoStream = probe.streams.find((s) => s.codec_type === "video" && !s.disposition?.attached_pic);
  if (!videoStream) {
    return reject("no-video", "This file has no picture, only sound. Please record with your camera on.");
  }
  if (!videoStream.codec_name || !videoCodecs.has(videoStream.codec_name)) {
    return reject("unsupported", `Video encoded as ${videoStream.codec_name ?? "unknown"} isn't supported.`);
  }
  const audioStream = probe.streams.find((s) => s.codec_type === "audio");
  if (audioStream && (!audioStream.codec_name || !isAudioCodec(audioStream.codec_name))) {
    return reject("unsupported", `Sound encoded as ${audioStream.codec_name ?? "unknown"} isn't supported.`);
  }
  if (!videoStream.width || !videoStream.height) return reject("corrupt", "The video's picture size is unreadable.");

  const rotation = rotationOf(videoStream);
  const sar = parseRate((videoStream.sample_aspect_ratio ?? "").replace(":", "/")) ?? 1;
  const [displayWidth, displayHeight] = rotated(Math.round(videoStream.width * sar), videoStream.height, rotation);
  const longSide = Math.max(displayWidth, displayHeight);
  const shortSide = Math.min(displayWidth, displayHeight);
  if (longSide > limits.maxLongSide || shortSide > limits.maxShortSide) {
    return reject(
      "too-large",
      `The picture is ${displayWidth}×${displayHeight}; please record at ${limits.maxLongSide}×${limits.maxShortSide} or smaller.`,
    );
  }

  const headerDuration = headerDurationOf(probe, videoStream);
  const packetDuration = facts.packets ? scannedDuration(facts.packets) : null;
  if (facts.packets && (packetDuration === null || facts.packets.packets < 2)) {
    return reject("corrupt", "The video has no readable frames. The upload may be damaged; please try again.");
  }
  if (
    headerDuration !== undefined &&
    packetDuration !== null &&
    packetDuration < headerDuration - truncationToleranceSeconds
  ) {
    return reject("corrupt", "The video file is cut short. The upload may have been interrupted; please try again.");
  }
  const durationSeconds = packetDuration ?? headerDuration;
  if (durationSeconds === undefined) return reject("corrupt", "We couldn't tell how long the video is.");
  if (durationSeconds > limits.maxDurationSeconds) {
    return reject(
      "too-long",
      `The video is ${Math.round(durationSeconds)} s long; the limit is ${Math.floor(limits.maxDurationSeconds)} s.`,
    );
  }

  const fps = parseRate(videoStream.avg_frame_rate);
  const media: MediaDescription = {
    container: format.format_name,
    durationSeconds,
    sizeBytes: facts.sizeBytes,
    bitRate: format.bit_rate ?? (durationSeconds > 0 ? Math.round((facts.sizeBytes * 8) / durationSeconds) : null),
    video: {
      codec: videoStream.codec_name,
      width: videoStream.width,
      height: videoStream.height,
      displayWidth,
      displayHeight,
      rotation,
      fps: fps !== undefined && fps <= 240 ? fps : null,
    },
    audio: audioStream
      ? {
          codec: audioStream.codec_name!,
          channels: audioStream.channels ?? 0,
          sampleRate: Math.round(audioStream.sample_rate ?? 0),
        }
      : null,
  };
  return { ok: true, media };
}

/** Display-matrix side data (ffprobe ≥ 5) or the older `rotate` tag, snapped to a quarter turn. */
function rotationOf(stream: ProbeStream): MediaDescription["video"]["rotation"] {
  const degrees =
    stream.side_data_list?.find((s) => s.rotation !== undefined)?.rotation ?? Number(stream.tags?.rotate ?? 0);
  const quarter = (((Math.round((Number.isFinite(degrees) ? degrees : 0) / 90) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
  return ([0, 90, 180, 270] as const)[quarter];
}

function rotated(width: number, height: number, rotation: number): [number, number] {
  return rotation % 180 === 0 ? [width, height] : [height, width];
}

function headerDurationOf(probe: FfprobeOutput, video: ProbeStream): number | undefined {
  return probe.format?.duration ?? video.duration ?? parseTagDuration(video.tags?.DURATION);
}
