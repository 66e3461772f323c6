import { describe, expect, it } from "vitest";
import { describeMedia } from "./describe-media";
import { probeFixture } from "./fixture-files";
import type { PacketScan } from "./packet-scan";
import { videoLimits } from "./video-limits";

const packets = (firstSeconds: number, endSeconds: number): PacketScan => ({ packets: 120, firstSeconds, endSeconds });
const rejection = (check: ReturnType<typeof describeMedia>) => (check.ok ? null : check.rejection.code);

/** A copy of a fixture with its first stream changed. */
function withVideo(clip: string, change: Record<string, unknown>) {
  const probe = probeFixture(clip) as { streams: Record<string, unknown>[] };
  probe.streams[0] = { ...probe.streams[0], ...change };
  return probe;
}

describe("describeMedia", () => {
  it("describes a MediaRecorder-style WebM by its packets, as its header has no duration", () => {
    const check = describeMedia(probeFixture("talking-head.webm"), {
      sizeBytes: 400_000,
      packets: packets(0.04, 4.994),
    });
    expect(check).toEqual({
      ok: true,
      media: {
        container: "matroska,webm",
        durationSeconds: expect.closeTo(4.954, 3),
        sizeBytes: 400_000,
        bitRate: expect.any(Number),
        video: {
          codec: "vp8",
          width: 640,
          height: 480,
          displayWidth: 640,
          displayHeight: 480,
          rotation: 0,
          fps: 30,
        },
        audio: { codec: "opus", channels: 1, sampleRate: 48000 },
      },
    });
  });

  it("cannot accept a headerless WebM without a packet scan", () => {
    expect(rejection(describeMedia(probeFixture("talking-head.webm"), { sizeBytes: 1 }))).toBe("corrupt");
  });

  it("trusts the header's duration when no scan was made", () => {
    const check = describeMedia(probeFixture("with-duration.webm"), { sizeBytes: 1 });
    expect(check.ok && check.media.durationSeconds).toBeCloseTo(5.008, 3);
  });

  it("turns the size of a rotated phone video the way it is displayed", () => {
    const check = describeMedia(probeFixture("rotated.mp4"), { sizeBytes: 1, packets: packets(0, 2) });
    expect(check.ok && check.media.video).toMatchObject({
      width: 320,
      height: 240,
      displayWidth: 240,
      displayHeight: 320,
      rotation: 90,
    });
  });

  it("reads the older rotate tag and negative display-matrix angles", () => {
    const tagged = withVideo("rotated.mp4", { side_data_list: undefined, tags: { rotate: "270" } });
    expect(describeMedia(tagged, { sizeBytes: 1 })).toMatchObject({ ok: true, media: { video: { rotation: 270 } } });
    const negative = withVideo("rotated.mp4", { side_data_list: [{ rotation: -90 }] });
    expect(describeMedia(negative, { sizeBytes: 1 })).toMatchObject({ ok: true, media: { video: { rotation: 270 } } });
  });

  it("accepts a video without sound (the quality checks report it)", () => {
    const probe = probeFixture("talking-head.webm") as { streams: unknown[] };
    probe.streams = probe.streams.slice(0, 1);
    expect(describeMedia(probe, { sizeBytes: 1, packets: packets(0, 5) })).toMatchObject({
      ok: true,
      media: { audio: null },
    });
  });

  it.each([
    ["nothing ffprobe could read", null, "not-media"],
    ["an empty ffprobe answer", {}, "not-media"],
    ["sound only", probeFixture("audio-only.webm"), "no-video"],
    ["cover art as the only picture", withVideo("rotated.mp4", { disposition: { attached_pic: 1 } }), "no-video"],
    ["text probed as ANSI art", { ...probeFixture("rotated.mp4"), format: { format_name: "tty" } }, "unsupported"],
    ["an exotic video codec", withVideo("rotated.mp4", { codec_name: "cinepak" }), "unsupported"],
    ["a 4K picture", withVideo("rotated.mp4", { width: 3840, height: 2160 }), "too-large"],
    ["a picture with no size", withVideo("rotated.mp4", { width: 0 }), "corrupt"],
  ])("rejects %s", (_, probe, code) => {
    expect(rejection(describeMedia(probe, { sizeBytes: 1, packets: packets(0, 2) }))).toBe(code);
  });

  it("rejects an upload over the byte limit before looking at it", () => {
    expect(rejection(describeMedia(null, { sizeBytes: videoLimits.maxBytes + 1 }))).toBe("too-large");
  });

  it("allows half a second over 60 s and no more", () => {
    const probe = probeFixture("talking-head.webm");
    expect(describeMedia(probe, { sizeBytes: 1, packets: packets(0, 60.5) }).ok).toBe(true);
    const tooLong = describeMedia(probe, { sizeBytes: 1, packets: packets(0, 62) });
    expect(tooLong).toEqual({
      ok: false,
      rejection: { code: "too-long", message: "The video is 62 s long; the limit is 60 s." },
    });
  });

  it("measures by packets when a header understates the length", () => {
    const check = describeMedia(probeFixture("with-duration.webm"), { sizeBytes: 1, packets: packets(0, 90) });
    expect(rejection(check)).toBe("too-long");
  });

  it("calls a file cut short of its header's duration corrupt", () => {
    const probe = probeFixture("with-duration.webm");
    expect(rejection(describeMedia(probe, { sizeBytes: 1, packets: packets(0, 1.47) }))).toBe("corrupt");
    expect(
      rejection(describeMedia(probe, { sizeBytes: 1, packets: { packets: 1, firstSeconds: 0, endSeconds: 0.03 } })),
    ).toBe("corrupt");
    expect(describeMedia(probe, { sizeBytes: 1, packets: packets(0, 4.5) }).ok).toBe(true);
  });

  it("treats an implausible frame rate as unknown", () => {
    const check = describeMedia(withVideo("talking-head.webm", { avg_frame_rate: "1000/1" }), {
      sizeBytes: 1,
      packets: packets(0, 5),
    });
    expect(check.ok && check.media.video.fps).toBeNull();
  });
});
