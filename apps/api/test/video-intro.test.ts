import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { schema } from "@hirefolio/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { videoIntroServiceFor } from "../src/modules/video-intro/video-intro-module";
import { type ClipName, generateClip } from "./fixtures/video/generate-clips";
import { ffprobeJson } from "./fixtures/video/inspect-media";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

// Real ffmpeg on a 2-core machine shared with other work: allow for a slow scheduler.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

const { app, deps } = await startTestApp();
const uploads = "/api/v1/me/video/uploads";
const origin = "http://localhost:3000";

let clips: string;
beforeAll(async () => {
  clips = await mkdtemp(path.join(tmpdir(), "video-intro-clips-"));
});
afterAll(() => rm(clips, { recursive: true, force: true }));

const clip = async (name: ClipName) => readFile(await generateClip(clips, name));
const base64 = (text: string) => Buffer.from(text).toString("base64");

function tus(
  user: TestUser | null,
  method: "POST" | "HEAD" | "PATCH" | "DELETE",
  url: string,
  headers = {},
  body?: Buffer,
) {
  return app.inject({
    method,
    url,
    headers: { "tus-resumable": "1.0.0", origin, ...(user ? { cookie: user.cookie } : {}), ...headers },
    ...(body ? { payload: body } : {}),
  });
}

/** Creates an upload and returns its relative Location; with `body`, sends it in the same request. */
async function createUpload(user: TestUser, length: number, filetype = "video/webm", body?: Buffer) {
  const response = await tus(
    user,
    "POST",
    uploads,
    {
      "upload-length": String(length),
      "upload-metadata": `filetype ${base64(filetype)},filename ${base64("intro.webm")}`,
      ...(body ? { "content-type": "application/offset+octet-stream" } : {}),
    },
    body,
  );
  expect(response.statusCode, response.body).toBe(201);
  const location = response.headers.location as string;
  expect(location).toMatch(/^\/api\/v1\/me\/video\/uploads\/[0-9a-f-]{36}$/);
  return location;
}

const patch = (user: TestUser, location: string, offset: number, bytes: Buffer) =>
  tus(
    user,
    "PATCH",
    location,
    { "upload-offset": String(offset), "content-type": "application/offset+octet-stream" },
    bytes,
  );

const idOf = (location: string) => location.split("/").at(-1) ?? "";

async function waitUntilProcessed(user: TestUser, id: string) {
  const deadline = Date.now() + 150_000;
  const seen: number[] = [];
  for (;;) {
    const response = await user.get(`/api/v1/me/videos/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    const video = response.json();
    seen.push(video.progress);
    if (video.status === "ready" || video.status === "failed") return { video, seen };
    if (Date.now() > deadline) throw new Error(`video ${id} still ${video.status}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** A whole clip uploaded in one request and processed. */
async function uploadedVideo(user: TestUser, name: ClipName, filetype = "video/webm") {
  const bytes = await clip(name);
  const location = await createUpload(user, bytes.length, filetype, bytes);
  return waitUntilProcessed(user, idOf(location));
}

/** Objects the local storage driver holds for one video; the video must leave nothing else behind. */
const storedFiles = (userId: string, id: string) =>
  readdir(path.join(deps.config.DATA_DIR, "files", "objects", "videos", userId, id)).catch(() => [] as string[]);
const tusFiles = () => readdir(path.join(deps.config.DATA_DIR, "tus")).catch(() => [] as string[]);

async function eventsOf(id: string) {
  return deps.database.db
    .select({ type: schema.event.type, properties: schema.event.properties })
    .from(schema.event)
    .where(and(eq(schema.event.subjectId, id), eq(schema.event.feature, "video_portfolio")));
}

/** Sends the first part of a PATCH over a real connection and drops it, like a phone losing signal. */
async function patchAndDrop(user: TestUser, location: string, bytes: Buffer) {
  // An ephemeral port: inject cannot cut a request off half-way.
  if (!app.server.listening) await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as AddressInfo;
  await new Promise<void>((resolve) => {
    const request = http.request({
      host: "127.0.0.1",
      port,
      path: location,
      method: "PATCH",
      headers: {
        "tus-resumable": "1.0.0",
        "upload-offset": "0",
        "content-type": "application/offset+octet-stream",
        cookie: user.cookie,
        origin,
      },
    });
    request.on("error", () => resolve());
    request.write(bytes, () => setTimeout(() => request.destroy(), 400));
  });
}

describe("video introduction", () => {
  it("says in /health which ffmpeg processes videos", async () => {
    const health = (await app.inject({ method: "GET", url: "/api/v1/health" })).json();
    expect(health.ffmpeg).toEqual({
      ok: true,
      ffmpegVersion: expect.stringMatching(/^\S+$/),
      ffprobeVersion: expect.stringMatching(/^\S+$/),
      problem: null,
    });
  });

  it("resumes a dropped upload, processes it and plays the MP4 with Range through the signed URL", async () => {
    const user = await signUp(app, "candidate");
    const bytes = await clip("dark.webm");
    const location = await createUpload(user, bytes.length);
    const half = Math.floor(bytes.length / 2);
    await patchAndDrop(user, location, bytes.subarray(0, half));

    // The client asks where to carry on; the server kept what arrived before the drop.
    let offset = 0;
    await vi.waitFor(
      async () => {
        const head = await tus(user, "HEAD", location);
        expect(head.statusCode).toBe(200);
        offset = Number(head.headers["upload-offset"]);
        expect(offset).toBeGreaterThan(0);
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(offset).toBeLessThanOrEqual(half);
    expect((await patch(user, location, 0, bytes)).statusCode).toBe(409);
    const rest = await patch(user, location, offset, bytes.subarray(offset));
    expect(rest.statusCode, rest.body).toBe(204);
    expect(rest.headers["upload-offset"]).toBe(String(bytes.length));

    const id = idOf(location);
    const { video, seen } = await waitUntilProcessed(user, id);
    expect(video).toMatchObject({ status: "ready", progress: 1, width: 160, height: 120, failure: null });
    expect(video.durationMs).toBeGreaterThan(3500);
    expect(video.durationMs).toBeLessThan(4500);
    expect(video.qualityTips.map((t: { kind: string }) => t.kind)).toContain("dark");
    expect(video.qualityTips[0].message).toMatch(/dark/);
    expect(seen.every((p, i) => i === 0 || p >= (seen[i - 1] ?? 0))).toBe(true);
    expect(await user.get("/api/v1/me/video").then((r) => r.json().id)).toBe(id);

    // The player fetches a range first: 206 with the right bytes, then the whole file, which is real H.264.
    const videoPath = new URL(video.videoUrl).pathname + new URL(video.videoUrl).search;
    const ranged = await app.inject({ method: "GET", url: videoPath, headers: { range: "bytes=0-99" } });
    expect(ranged.statusCode).toBe(206);
    expect(ranged.headers["content-type"]).toBe("video/mp4");
    expect(ranged.headers["content-range"]).toMatch(/^bytes 0-99\/\d+$/);
    expect(ranged.rawPayload.subarray(4, 8).toString()).toBe("ftyp");
    const whole = await app.inject({ method: "GET", url: videoPath });
    const played = path.join(clips, `${id}.mp4`);
    await writeFile(played, whole.rawPayload);
    expect((await ffprobeJson(played)).streams.map((s) => s.codec_name)).toEqual(["h264", "aac"]);
    const poster = await app.inject({
      method: "GET",
      url: new URL(video.posterUrl).pathname + new URL(video.posterUrl).search,
    });
    expect(poster.headers["content-type"]).toBe("image/jpeg");

    // The source is gone from the tus folder and from storage; only what the player needs is kept.
    await vi.waitFor(async () => expect((await storedFiles(user.id, id)).sort()).toEqual(["poster.jpg", "video.mp4"]));
    expect((await tusFiles()).filter((f) => f.startsWith(id))).toEqual([]);
    const events = await eventsOf(id);
    expect(events.map((e) => e.type).sort()).toEqual(["video.processed", "video.uploaded"]);
    const processed = events.find((e) => e.type === "video.processed")?.properties;
    expect(processed).toMatchObject({ durationMs: video.durationMs });
    expect(processed?.ratio).toBeCloseTo(Number(processed?.processingMs) / video.durationMs, 2);
  });

  it("fails a 62 s clip with a clear message and keeps nothing", async () => {
    const user = await signUp(app, "candidate");
    const { video } = await uploadedVideo(user, "too-long.webm");
    expect(video).toMatchObject({ status: "failed", videoUrl: null, failure: { code: "too-long" } });
    expect(video.failure.message).toBe("The video is 62 s long; the limit is 60 s.");
    expect(await storedFiles(user.id, video.id)).toEqual([]);
    expect((await eventsOf(video.id)).map((e) => e.type).sort()).toEqual(["video.failed", "video.uploaded"]);
  });

  it("fails a text file declared as video/webm as not a video, leaving nothing in storage", async () => {
    const user = await signUp(app, "candidate");
    const { video } = await uploadedVideo(user, "text.webm");
    expect(video).toMatchObject({ status: "failed", failure: { code: "not-media" } });
    expect(video.failure.message).toMatch(/couldn't read this file as a video/);
    expect(await storedFiles(user.id, video.id)).toEqual([]);
  });

  it("refuses uploads that are not declared as video, and requests without a session", async () => {
    const user = await signUp(app, "candidate");
    const refused = await tus(user, "POST", uploads, {
      "upload-length": "100",
      "upload-metadata": `filetype ${base64("text/plain")}`,
    });
    expect(refused.statusCode).toBe(415);
    expect(refused.body).toContain("WebM, MP4 or QuickTime");
    const untyped = await tus(user, "POST", uploads, { "upload-length": "100" });
    expect(untyped.statusCode).toBe(415);
    expect((await tus(user, "POST", uploads, { "upload-length": String(300 * 1024 * 1024) })).statusCode).toBe(413);
    expect((await user.get("/api/v1/me/video")).statusCode).toBe(404);

    const anonymous = await tus(null, "POST", uploads, { "upload-length": "100" });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers["content-type"]).toContain("application/problem+json");
  });

  it("keeps one user's upload and video from everyone else", async () => {
    const owner = await signUp(app, "candidate");
    const stranger = await signUp(app, "candidate");
    const bytes = await clip("dark.webm");
    const location = await createUpload(owner, bytes.length);
    expect((await patch(owner, location, 0, bytes.subarray(0, 1000))).statusCode).toBe(204);

    expect((await tus(stranger, "HEAD", location)).statusCode).toBe(404);
    expect((await patch(stranger, location, 1000, bytes.subarray(1000))).statusCode).toBe(404);
    expect((await tus(stranger, "DELETE", location)).statusCode).toBe(404);
    expect((await tus(owner, "HEAD", location)).headers["upload-offset"]).toBe("1000");

    // Terminating the upload removes it and its row.
    expect((await tus(owner, "DELETE", location)).statusCode).toBe(204);
    expect((await tus(owner, "HEAD", location)).statusCode).toBe(404);
    expect((await owner.get(`/api/v1/me/videos/${idOf(location)}`)).statusCode).toBe(404);

    const { video } = await uploadedVideo(owner, "no-audio.webm");
    expect(video.status).toBe("ready");
    expect((await stranger.get(`/api/v1/me/videos/${video.id}`)).statusCode).toBe(404);
    expect(
      (await stranger.request("PUT", `/api/v1/me/videos/${video.id}/captions`, { transcript: "Hi" })).statusCode,
    ).toBe(404);
    expect((await stranger.delete(`/api/v1/me/videos/${video.id}`)).statusCode).toBe(404);
    expect((await stranger.get("/api/v1/me/video")).statusCode).toBe(404);
    expect((await owner.get(`/api/v1/me/videos/${video.id}`)).json().status).toBe("ready");

    expect((await owner.delete(`/api/v1/me/videos/${video.id}`)).statusCode).toBe(204);
    expect((await owner.get(`/api/v1/me/videos/${video.id}`)).statusCode).toBe(404);
    expect(await storedFiles(owner.id, video.id)).toEqual([]);
  });

  it("validates captions, generates them from a transcript and serves them by portfolio visibility", async () => {
    const owner = await signUp(app, "candidate");
    const stranger = await signUp(app, "candidate");
    const { video } = await uploadedVideo(owner, "no-audio.webm");
    const captionsPath = `/api/v1/me/videos/${video.id}/captions`;

    const noHeader = await owner.request("PUT", captionsPath, "00:00.000 --> 00:01.000\nHi", {
      "content-type": "text/vtt",
    });
    expect(noHeader.statusCode).toBe(422);
    expect(noHeader.json()).toMatchObject({ type: expect.stringContaining("invalid-captions") });
    const tooLate = await owner.request("PUT", captionsPath, { vtt: "WEBVTT\n\n00:00.000 --> 00:09.000\nHi" });
    expect(tooLate.statusCode).toBe(422);
    expect(tooLate.json().errors[0]).toMatchObject({
      field: "vtt:3",
      message: expect.stringContaining("after the video"),
    });

    const written = await owner.request(
      "PUT",
      captionsPath,
      "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Casey>Hello</v> <script>x</script><b>there</b>\n",
      { "content-type": "text/vtt" },
    );
    expect(written.statusCode, written.body).toBe(200);
    expect(written.json().captionsVtt).toBe("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello x<b>there</b>\n");
    const captionsUrl: string = written.json().captionsUrl;
    expect(captionsUrl).toBe(`${origin}/api/v1/videos/${video.id}/captions.vtt`);
    const trackPath = new URL(captionsUrl).pathname;

    const ownTrack = await owner.get(trackPath);
    expect(ownTrack.statusCode).toBe(200);
    expect(ownTrack.headers["content-type"]).toBe("text/vtt; charset=utf-8");
    // The portfolio is private until its owner shares it.
    expect((await stranger.get(trackPath)).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: trackPath })).statusCode).toBe(404);
    expect((await owner.request("PUT", "/api/v1/me/portfolio", { visibility: "unlisted" })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: trackPath })).body).toContain("Hello x<b>there</b>");

    const generated = await owner.request("PUT", captionsPath, { transcript: "Hi, I'm Casey and I build APIs." });
    expect(generated.statusCode).toBe(200);
    expect(generated.json().captionsVtt).toMatch(
      /^WEBVTT\n\n00:00:00\.000 --> 00:00:0[23]\.\d{3}\nHi, I'm Casey and I build APIs\.\n$/,
    );

    const portfolioVideo = await videoIntroServiceFor(deps).publicVideoFor(owner.id);
    expect(portfolioVideo).toMatchObject({ width: 160, height: 120, captionsUrl, durationMs: video.durationMs });
    expect(portfolioVideo?.url).toContain(`videos/${owner.id}/${video.id}/video.mp4`);
    expect(await videoIntroServiceFor(deps).publicVideoFor(stranger.id)).toBeNull();
  });

  it("replaces the previous video once a new one is ready", async () => {
    const user = await signUp(app, "candidate");
    const first = (await uploadedVideo(user, "no-audio.webm")).video;
    const failed = (await uploadedVideo(user, "text.webm")).video;
    expect((await user.get("/api/v1/me/video")).json().id).toBe(failed.id);
    expect((await user.get(`/api/v1/me/videos/${first.id}`)).json().status).toBe("ready");

    const second = (await uploadedVideo(user, "no-audio.webm")).video;
    expect(second.status).toBe("ready");
    expect((await user.get(`/api/v1/me/videos/${first.id}`)).statusCode).toBe(404);
    expect((await user.get(`/api/v1/me/videos/${failed.id}`)).statusCode).toBe(404);
    // Files go after the rows, so the page never links to a deleted file.
    await vi.waitFor(async () => expect(await storedFiles(user.id, first.id)).toEqual([]));
    await vi.waitFor(async () =>
      expect((await storedFiles(user.id, second.id)).sort()).toEqual(["poster.jpg", "video.mp4"]),
    );
  });
});
