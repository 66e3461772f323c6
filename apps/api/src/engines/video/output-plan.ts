import type { MediaDescription, TimeRange } from "./video-report";

/** 720p: landscape fits 1280×720, portrait (phones) 720×1280. Never upscale. */
const boxLong = 1280;
const boxShort = 720;
/** A talking head gains nothing above 30 fps, and each extra frame costs encode time on 2 cores. */
const maxFps = 30;
/** MediaRecorder WebM may report a stream rate like 1000/1 (its time base); treat anything this high as unknown. */
const plausibleFps = 120;

export interface OutputPlan {
  width: number;
  height: number;
  fps: number;
  /** Keyframe every 2 s, so seeking in the player lands quickly. */
  keyframeInterval: number;
}

const even = (value: number) => Math.max(2, Math.round(value / 2) * 2);

/** Size and frame rate of the MP4 made from an accepted upload (dimensions as displayed, after rotation). */
export function planOutput(video: MediaDescription["video"]): OutputPlan {
  const landscape = video.displayWidth >= video.displayHeight;
  const [maxWidth, maxHeight] = landscape ? [boxLong, boxShort] : [boxShort, boxLong];
  const scale = Math.min(1, maxWidth / video.displayWidth, maxHeight / video.displayHeight);
  const fps = video.fps !== null && video.fps >= 1 && video.fps <= plausibleFps ? Math.min(maxFps, video.fps) : maxFps;
  const roundedFps = Math.round(fps * 1000) / 1000;
  return {
    width: even(video.displayWidth * scale),
    height: even(video.displayHeight * scale),
    fps: roundedFps,
    keyframeInterval: Math.max(1, Math.round(roundedFps * 2)),
  };
}

/**
 * When to take the poster frame: about 1 s in (past the camera's start-up), moved past any black stretch so the
 * poster shows the candidate; the middle of a clip shorter than 2 s; the 1 s mark when the whole clip is black.
 */
export function posterTime(durationSeconds: number, black: TimeRange[]): number {
  const preferred = Math.min(1, durationSeconds / 2);
  let time = preferred;
  for (const range of [...black].sort((a, b) => a.start - b.start)) {
    if (time >= range.start && time < range.end) time = range.end + 0.1;
  }
  return time < durationSeconds - 0.05 ? time : preferred;
}
