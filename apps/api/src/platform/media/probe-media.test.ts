import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ClipName, generateClip } from "../../../test/fixtures/video/generate-clips";
import { probeMedia } from "./probe-media";

// Generating clips with ffmpeg on a 2-core machine shared with other work can take a while.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "probe-media-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const probe = async (name: ClipName) => probeMedia(await generateClip(dir, name));

describe("probeMedia", () => {
  it("measures a headerless, variable-frame-rate WebM by its packets", async () => {
    const check = await probe("talking-head.webm");
    expect(check).toMatchObject({ ok: true, media: { container: "matroska,webm", audio: { codec: "opus" } } });
    expect(check.ok && check.media.durationSeconds).toBeCloseTo(5, 0);
    expect(check.ok && check.media.video).toMatchObject({ codec: "vp8", displayWidth: 640, displayHeight: 480 });
  });

  it("describes a rotated MP4 as displayed", async () => {
    const check = await probe("rotated.mp4");
    expect(check.ok && check.media.video).toMatchObject({ displayWidth: 240, displayHeight: 320, rotation: 90 });
  });

  it.each([
    ["text.webm", "not-media"],
    ["audio-only.webm", "no-video"],
    ["too-long.webm", "too-long"],
    ["truncated.webm", "corrupt"],
    ["header-only.webm", "not-media"],
  ] as const)(
    "rejects %s as %s",
    async (name, code) => {
      const check = await probe(name);
      expect(check.ok ? "accepted" : check.rejection.code).toBe(code);
    },
    60_000,
  );

  it("refuses a file over the size limit without running ffprobe", async () => {
    const check = await probeMedia(await generateClip(dir, "text.webm"), {
      tools: { ffmpeg: "/nonexistent", ffprobe: "/nonexistent" },
      limits: { maxDurationSeconds: 60.5, maxBytes: 100, maxLongSide: 1920, maxShortSide: 1080 },
    });
    expect(check.ok ? "accepted" : check.rejection.code).toBe("too-large");
  });
});
