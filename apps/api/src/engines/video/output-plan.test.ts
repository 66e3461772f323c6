import { describe, expect, it } from "vitest";
import { planOutput, posterTime } from "./output-plan";
import type { MediaDescription } from "./video-report";

const video = (displayWidth: number, displayHeight: number, fps: number | null = 30): MediaDescription["video"] => ({
  codec: "vp8",
  width: displayWidth,
  height: displayHeight,
  displayWidth,
  displayHeight,
  rotation: 0,
  fps,
});
const size = (v: MediaDescription["video"]) => {
  const plan = planOutput(v);
  return `${plan.width}x${plan.height}`;
};

describe("planOutput", () => {
  it.each([
    [1280, 720, "1280x720"],
    [1920, 1080, "1280x720"],
    [640, 480, "640x480"],
    [1080, 1920, "720x1280"],
    [1440, 1080, "960x720"],
    [641, 481, "642x482"],
    [1920, 800, "1280x534"],
  ])("fits %ix%i into 720p as %s with even sides, never upscaling", (w, h, expected) => {
    expect(size(video(w, h))).toBe(expected);
  });

  it("caps the frame rate at 30 and falls back to 30 when the source's is unknown", () => {
    expect(planOutput(video(1280, 720, 60))).toMatchObject({ fps: 30, keyframeInterval: 60 });
    expect(planOutput(video(1280, 720, 30000 / 1001))).toMatchObject({ fps: 29.97, keyframeInterval: 60 });
    expect(planOutput(video(1280, 720, 15))).toMatchObject({ fps: 15, keyframeInterval: 30 });
    expect(planOutput(video(1280, 720, null)).fps).toBe(30);
  });
});

describe("posterTime", () => {
  it("takes the frame at 1 s, or the middle of a very short clip", () => {
    expect(posterTime(30, [])).toBe(1);
    expect(posterTime(1.2, [])).toBe(0.6);
  });

  it("moves past black stretches to the first picture", () => {
    expect(posterTime(30, [{ start: 0, end: 2.4 }])).toBeCloseTo(2.5);
    expect(
      posterTime(30, [
        { start: 0, end: 2 },
        { start: 2.05, end: 4 },
      ]),
    ).toBeCloseTo(4.1);
  });

  it("keeps 1 s when the clip is black to the end", () => {
    expect(posterTime(5, [{ start: 0, end: 5 }])).toBe(1);
  });
});
