import { describe, expect, it } from "vitest";
import { imageOutputFormat, imageSizeProblem, mediaMaxBytes, mediaVerdict } from "./media-verdict";

const none = Buffer.alloc(0);

describe("mediaVerdict", () => {
  it.each([
    ["image/jpeg", "image"],
    ["image/png", "image"],
    ["image/webp", "image"],
    ["image/gif", "image"],
    ["image/avif", "image"],
    ["application/pdf", "pdf"],
    ["video/mp4", "video"],
    ["video/webm", "video"],
  ])("accepts %s as %s", (mime, kind) => {
    expect(mediaVerdict({ mime }, 1000, none)).toEqual({ accepted: true, kind, contentType: mime });
  });

  it.each([
    "application/zip",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/x-msdownload",
    "video/quicktime",
    "image/tiff",
  ])("refuses %s with 422", (mime) => {
    const verdict = mediaVerdict({ mime }, 1000, none);
    expect(verdict).toMatchObject({ accepted: false, rejection: { status: 422, slug: "unsupported-media" } });
  });

  it("refuses content nobody recognises, and names SVG when it is one", () => {
    expect(mediaVerdict(undefined, 10, Buffer.from("hello world"))).toMatchObject({
      accepted: false,
      rejection: { detail: expect.stringContaining("not one we accept") },
    });
    const svg = Buffer.from(
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    expect(mediaVerdict(undefined, svg.length, svg)).toMatchObject({
      accepted: false,
      rejection: { status: 422, detail: expect.stringContaining("SVG") },
    });
  });

  it("refuses an empty upload", () => {
    expect(mediaVerdict(undefined, 0, none)).toMatchObject({ accepted: false });
  });

  it("applies the size limit of the sniffed kind with 413", () => {
    expect(mediaVerdict({ mime: "application/pdf" }, mediaMaxBytes.pdf, none)).toMatchObject({ accepted: true });
    expect(mediaVerdict({ mime: "application/pdf" }, mediaMaxBytes.pdf + 1, none)).toMatchObject({
      accepted: false,
      rejection: { status: 413, slug: "file-too-large" },
    });
    expect(mediaVerdict({ mime: "video/webm" }, mediaMaxBytes.pdf + 1, none)).toMatchObject({ accepted: true });
  });
});

describe("imageSizeProblem", () => {
  it("allows 40 megapixels and refuses more", () => {
    expect(imageSizeProblem(8000, 5000)).toBeUndefined();
    expect(imageSizeProblem(8000, 5001)).toMatchObject({ status: 422, slug: "image-too-large" });
  });
});

describe("imageOutputFormat", () => {
  it("keeps opaque photos as JPEG and writes everything else as WebP", () => {
    expect(imageOutputFormat("image/jpeg", false)).toBe("jpeg");
    expect(imageOutputFormat("image/png", false)).toBe("webp");
    expect(imageOutputFormat("image/avif", true)).toBe("webp");
  });
});
