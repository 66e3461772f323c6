import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ClipName, generateClip } from "../../../test/fixtures/video/generate-clips";
import { ffprobeJson, quadrantColours, topLevelBoxes } from "../../../test/fixtures/video/inspect-media";
import { MediaFailure } from "./media-failure";
import { type ProcessVideoOptions, processVideo } from "./process-video";

// Real ffmpeg on a 2-core machine shared with other work: allow for a slow scheduler.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "process-video-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Processes a generated clip into its own output folder. */
async function processClip(name: ClipName, options: ProcessVideoOptions = {}) {
  return processVideo(await generateClip(dir, name), await mkdtemp(path.join(dir, `${name}-out-`)), options);
}

async function failureOf(name: ClipName, options: ProcessVideoOptions = {}) {
  const outDir = await mkdtemp(path.join(dir, `${name}-out-`));
  const failure = await processVideo(await generateClip(dir, name), outDir, options).then(
    () => null,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(MediaFailure);
  return { failure: failure as MediaFailure, files: await readdir(outDir) };
}

describe("processVideo", () => {
  it("turns a browser WebM into a faststart 720p-bounded H.264/AAC MP4 with a poster, reporting progress", async () => {
    const progress: number[] = [];
    const result = await processClip("talking-head.webm", { onProgress: (p) => progress.push(p) });
    expect(result.tips).toEqual([]);
    expect(result.video).toMatchObject({ width: 640, height: 480 });
    expect(result.video.durationSeconds).toBeCloseTo(5, 0);

    const probed = await ffprobeJson(result.video.path);
    expect(probed.streams.map((s) => [s.codec_type, s.codec_name])).toEqual([
      ["video", "h264"],
      ["audio", "aac"],
    ]);
    expect(probed.streams[0]).toMatchObject({ profile: "High", pix_fmt: "yuv420p", width: 640, height: 480 });
    const boxes = await topLevelBoxes(result.video.path);
    expect(boxes[0]).toBe("ftyp");
    expect(boxes.indexOf("moov")).toBeGreaterThan(-1);
    expect(boxes.indexOf("moov")).toBeLessThan(boxes.indexOf("mdat"));

    const poster = await readFile(result.poster.path);
    expect(poster.subarray(0, 3).toString("hex")).toBe("ffd8ff");
    expect((await ffprobeJson(result.poster.path)).streams[0]).toMatchObject({
      codec_name: "mjpeg",
      width: 640,
      height: 480,
    });
    expect(result.poster.atSeconds).toBe(1);

    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it("turns a rotated phone video upright", async () => {
    const result = await processClip("rotated.mp4");
    expect(result.video).toMatchObject({ width: 240, height: 320 });
    // The source's left half is red; turned 90° counter-clockwise for display, red ends up at the bottom.
    const [topLeft, topRight, bottomLeft, bottomRight] = await quadrantColours(result.video.path);
    for (const colour of [topLeft, topRight]) expect(colour).toMatch(/^0[0-9a-f]0[0-9a-f][c-f][0-9a-f]$/);
    for (const colour of [bottomLeft, bottomRight]) expect(colour).toMatch(/^[c-f][0-9a-f]0[0-9a-f]0[0-9a-f]$/);
  });

  it.each([
    ["dark.webm", ["dark"]],
    ["silent-middle.webm", ["long-silence"]],
    ["clipping.webm", ["clipping"]],
    ["frozen.webm", ["frozen"]],
    ["black-start.webm", ["black"]],
    ["no-audio.webm", ["no-audio"]],
  ] as const)("gives tips for %s", async (name, kinds) => {
    const result = await processClip(name);
    expect(result.tips.map((t) => t.kind)).toEqual(kinds);
    expect(result.tips.every((t) => t.message.length > 20)).toBe(true);
  });

  it("takes the poster after a black start and leaves sound out of a silent recording's MP4", async () => {
    const black = await processClip("black-start.webm");
    expect(black.poster.atSeconds).toBeGreaterThan(2);
    const [corner] = await quadrantColours(black.poster.path);
    expect(corner).not.toMatch(/^[01][0-9a-f][01][0-9a-f][01][0-9a-f]$/);

    const mute = await processClip("no-audio.webm");
    expect((await ffprobeJson(mute.video.path)).streams.map((s) => s.codec_type)).toEqual(["video"]);
  });

  it.each([
    ["text.webm", "not-media"],
    ["audio-only.webm", "no-video"],
    ["too-long.webm", "too-long"],
    ["truncated.webm", "corrupt"],
  ] as const)("refuses %s (%s) and leaves nothing behind", async (name, code) => {
    const { failure, files } = await failureOf(name);
    expect(failure.code).toBe(code);
    expect(failure.message).toMatch(/\w+ \w+/);
    expect(files).toEqual([]);
  });

  it("says ffmpeg is missing", async () => {
    const { failure } = await failureOf("talking-head.webm", {
      tools: { ffmpeg: "/nonexistent/ffmpeg", ffprobe: "/nonexistent/ffprobe" },
    });
    expect(failure.code).toBe("ffmpeg-missing");
  });

  it("kills ffmpeg on abort and on timeout, removing the partial MP4", async () => {
    const controller = new AbortController();
    const aborted = await failureOf("talking-head.webm", {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(aborted.failure.code).toBe("aborted");
    expect(aborted.files).toEqual([]);

    const timedOut = await failureOf("too-long.webm", {
      timeoutMs: 1,
      limits: { maxDurationSeconds: 120, maxBytes: 1e9, maxLongSide: 1920, maxShortSide: 1080 },
    });
    expect(timedOut.failure.code).toBe("timeout");
    expect(timedOut.files).toEqual([]);
  });
});
