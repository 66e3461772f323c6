import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { minimalPdf, phonePhoto, solidImage, tinyMp4, zipArchive } from "./support/portfolio-fixtures";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

const { app, deps } = await startTestApp();

function upload(user: TestUser, bytes: Buffer, options: { contentType?: string; query?: string } = {}) {
  return app.inject({
    method: "POST",
    url: `/api/v1/me/portfolio/media${options.query ? `?${options.query}` : ""}`,
    headers: {
      cookie: user.cookie,
      origin: "http://localhost:3000",
      "content-type": options.contentType ?? "application/octet-stream",
    },
    payload: bytes,
  });
}

/** Objects stored under the user's portfolio prefix (local driver layout), to prove a refused upload leaves none. */
async function storedFiles(user: TestUser) {
  const dir = path.join(deps.config.DATA_DIR, "files", "objects", "portfolio", user.id);
  return readdir(dir).catch(() => [] as string[]);
}

/** Fetches a signed URL through the app, as the browser would. */
async function fetchSigned(url: string) {
  const response = await app.inject({ method: "GET", url: new URL(url).pathname + new URL(url).search });
  expect(response.statusCode, response.body).toBe(200);
  return { bytes: response.rawPayload, contentType: response.headers["content-type"] };
}

describe("media uploads", () => {
  it("re-encode a phone photo: rotated upright, EXIF and GPS gone, with a 480 px thumbnail", async () => {
    const user = await signUp(app, "candidate");
    const original = await phonePhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    // The declared type is ignored: the bytes decide.
    const response = await upload(user, original, { contentType: "image/png", query: "title=Team%20photo" });
    expect(response.statusCode, response.body).toBe(201);
    const media = response.json();
    expect(media).toMatchObject({
      kind: "image",
      contentType: "image/jpeg",
      width: 200,
      height: 300,
      title: "Team photo",
    });

    const file = await fetchSigned(media.url);
    const meta = await sharp(file.bytes).metadata();
    expect(file.contentType).toBe("image/jpeg");
    expect(meta).toMatchObject({ format: "jpeg", width: 200, height: 300 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(file.bytes.includes(Buffer.from("PhoneMaker"))).toBe(false);
    expect(file.bytes.includes(Buffer.from("Secret Owner"))).toBe(false);

    const preview = await sharp((await fetchSigned(media.previewUrl)).bytes).metadata();
    expect(preview).toMatchObject({ format: "webp", width: 200, height: 300 });
  });

  it.each(["png", "webp", "gif", "avif"] as const)(
    "accept %s images, re-encoded to WebP and capped at 2400 px",
    async (format) => {
      const user = await signUp(app, "candidate");
      const response = await upload(
        user,
        await solidImage(format, format === "png" ? 3000 : 300, format === "png" ? 1500 : 200),
      );
      expect(response.statusCode, response.body).toBe(201);
      const media = response.json();
      expect(media.contentType).toBe("image/webp");
      if (format === "png") expect([media.width, media.height]).toEqual([2400, 1200]);
      const thumb = await sharp((await fetchSigned(media.previewUrl)).bytes).metadata();
      expect(Math.max(thumb.width ?? 0, thumb.height ?? 0)).toBeLessThanOrEqual(480);
    },
  );

  it("accept a PDF work sample with its page count and a first-page preview", async () => {
    const user = await signUp(app, "candidate");
    const response = await upload(user, minimalPdf(3), { contentType: "image/jpeg" });
    expect(response.statusCode, response.body).toBe(201);
    const media = response.json();
    expect(media).toMatchObject({ kind: "pdf", contentType: "application/pdf", pageCount: 3, projectId: null });
    const preview = await sharp((await fetchSigned(media.previewUrl)).bytes).metadata();
    expect(preview.format).toBe("webp");
    expect(preview.height).toBe(480);
    expect((await fetchSigned(media.url)).bytes.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("accept an MP4 video as sent, without a preview", async () => {
    const user = await signUp(app, "candidate");
    const clip = await tinyMp4();
    const response = await upload(user, clip);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      kind: "video",
      contentType: "video/mp4",
      bytes: clip.length,
      previewUrl: null,
    });
    expect((await fetchSigned(response.json().url)).bytes.equals(clip)).toBe(true);
  });

  it.each([
    ["a script declared as a JPEG", () => Buffer.from("#!/bin/sh\nrm -rf /\n"), "image/jpeg", "unsupported-media"],
    [
      "an HTML page declared as a PNG",
      () => Buffer.from("<html><script>alert(1)</script></html>"),
      "image/png",
      "unsupported-media",
    ],
    [
      "an SVG with script",
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      "image/svg+xml",
      "unsupported-media",
    ],
    [
      "a zip archive (a .docx)",
      zipArchive,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "unsupported-media",
    ],
    ["a truncated JPEG", async () => (await phonePhoto()).subarray(0, 400), "image/jpeg", "unreadable-image"],
    ["a 48-megapixel PNG (a decompression bomb)", () => solidImage("png", 8000, 6000), "image/png", "image-too-large"],
    [
      "a PDF that is only a header",
      () => Buffer.from("%PDF-1.4\n% nothing else\n"),
      "application/pdf",
      "unreadable-pdf",
    ],
    ["an empty body", () => Buffer.alloc(0), "image/png", "unsupported-media"],
  ])("refuse %s with 422 and store nothing", async (_, make, contentType, slug) => {
    const user = await signUp(app, "candidate");
    const response = await upload(user, await make(), { contentType });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().type).toBe(`https://hirefolio.dev/problems/${slug}`);
    expect(response.json().detail.length).toBeGreaterThan(10);
    expect(await storedFiles(user)).toEqual([]);
    expect((await user.get("/api/v1/me/portfolio/media")).json().items).toEqual([]);
  });

  it("remove what was already stored when storing the preview fails", async () => {
    const user = await signUp(app, "candidate");
    const put = deps.storage.put.bind(deps.storage);
    const spy = vi
      .spyOn(deps.storage, "put")
      .mockImplementation((key, body, options) =>
        key.includes("-preview") ? Promise.reject(new Error("disk full")) : put(key, body, options),
      );
    try {
      expect((await upload(user, await solidImage("png"))).statusCode).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect(await storedFiles(user)).toEqual([]);
    expect((await user.get("/api/v1/me/portfolio/media")).json().items).toEqual([]);
  });

  it("refuse a PDF over 20 MB with 413, and a declared body over 100 MB before reading it", async () => {
    const user = await signUp(app, "candidate");
    const pdf = minimalPdf(1);
    const large = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024 + 1 - pdf.length, 0x20)]);
    const response = await upload(user, large);
    expect(response.statusCode, response.body).toBe(413);
    expect(response.json().type).toBe("https://hirefolio.dev/problems/file-too-large");
    const declared = await app.inject({
      method: "POST",
      url: "/api/v1/me/portfolio/media",
      headers: {
        cookie: user.cookie,
        origin: "http://localhost:3000",
        "content-type": "video/mp4",
        "content-length": String(101 * 1024 * 1024),
      },
      payload: Buffer.alloc(10),
    });
    expect(declared.statusCode).toBe(413);
    expect(await storedFiles(user)).toEqual([]);
  });

  it("are listed, edited, attached to own projects only, and deleted with their stored files", async () => {
    const owner = await signUp(app, "candidate");
    const other = await signUp(app, "candidate");
    const project = (await owner.post("/api/v1/me/portfolio/projects", { title: "Gallery" })).json();
    const otherProject = (await other.post("/api/v1/me/portfolio/projects", { title: "Not yours" })).json();
    expect((await upload(owner, await solidImage("png"), { query: `projectId=${otherProject.id}` })).statusCode).toBe(
      404,
    );

    const first = (await upload(owner, await solidImage("png"), { query: `projectId=${project.id}` })).json();
    const second = (await upload(owner, minimalPdf(1))).json();
    expect(await storedFiles(owner)).toHaveLength(4);
    expect((await owner.get("/api/v1/me/portfolio/media")).json().items.map((m: { id: string }) => m.id)).toEqual([
      first.id,
      second.id,
    ]);

    const edited = await owner.patch(`/api/v1/me/portfolio/media/${second.id}`, {
      caption: "Case study",
      projectId: project.id,
      position: 0,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ caption: "Case study", projectId: project.id, position: 0 });
    expect(
      (await owner.patch(`/api/v1/me/portfolio/media/${second.id}`, { projectId: otherProject.id })).statusCode,
    ).toBe(404);

    // Another user can neither see, change nor delete them.
    expect((await other.get("/api/v1/me/portfolio/media")).json().items).toEqual([]);
    expect((await other.patch(`/api/v1/me/portfolio/media/${first.id}`, { title: "Mine now" })).statusCode).toBe(404);
    expect((await other.delete(`/api/v1/me/portfolio/media/${first.id}`)).statusCode).toBe(404);

    expect((await owner.delete(`/api/v1/me/portfolio/media/${first.id}`)).statusCode).toBe(204);
    expect(await storedFiles(owner)).toHaveLength(2);
    // Deleting the project takes its remaining media and their files with it.
    expect((await owner.delete(`/api/v1/me/portfolio/projects/${project.id}`)).statusCode).toBe(204);
    expect(await storedFiles(owner)).toEqual([]);
    expect((await owner.get("/api/v1/me/portfolio/media")).json().items).toEqual([]);
  });

  it("appear on the public page with signed URLs valid about an hour, grouped by project", async () => {
    const owner = await signUp(app, "candidate", { name: "Media Mona" });
    const settings = (await owner.request("PUT", "/api/v1/me/portfolio", { visibility: "public" })).json();
    const project = (await owner.post("/api/v1/me/portfolio/projects", { title: "Shots" })).json();
    await upload(owner, await solidImage("webp"), { query: `projectId=${project.id}` });
    await upload(owner, minimalPdf(2));
    const page = (await app.inject({ method: "GET", url: `/api/v1/portfolios/${settings.handle}` })).json();
    expect(page.projects[0].media).toHaveLength(1);
    expect(page.workSamples).toMatchObject([{ kind: "pdf", pageCount: 2 }]);
    const expires = Number(new URL(page.workSamples[0].url).searchParams.get("expires"));
    const secondsLeft = expires - Date.now() / 1000;
    expect(secondsLeft).toBeGreaterThan(3500);
    expect(secondsLeft).toBeLessThanOrEqual(3600);
    await fetchSigned(page.projects[0].media[0].previewUrl);
  });
});
