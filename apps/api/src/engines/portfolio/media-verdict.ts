import type { MediaKind } from "@hirefolio/shared";

const megabyte = 1024 * 1024;

/** Per kind, what the page can show without making visitors download too much. */
export const mediaMaxBytes: Record<MediaKind, number> = {
  image: 25 * megabyte,
  pdf: 20 * megabyte,
  video: 100 * megabyte,
};
/** The largest upload of any kind: the route refuses more before reading it. */
export const mediaUploadMaxBytes = Math.max(...Object.values(mediaMaxBytes));
/** A 40-megapixel image already decodes to 160 MB of RGBA; more is refused from its header, before decoding. */
export const maxImagePixels = 40_000_000;
export const maxImageSide = 2400;
export const thumbnailSide = 480;

const acceptedTypes: Record<string, MediaKind> = {
  "image/jpeg": "image",
  "image/png": "image",
  "image/webp": "image",
  "image/gif": "image",
  "image/avif": "image",
  "application/pdf": "pdf",
  "video/mp4": "video",
  "video/webm": "video",
};

export interface MediaRejection {
  status: 413 | 422;
  slug: string;
  title: string;
  detail: string;
}

export type MediaVerdict =
  | { accepted: true; kind: MediaKind; contentType: string }
  | { accepted: false; rejection: MediaRejection };

const unsupported = (detail: string): MediaVerdict => ({
  accepted: false,
  rejection: { status: 422, slug: "unsupported-media", title: "This file type is not accepted", detail },
});

const accepts = "JPEG, PNG, WebP, GIF or AVIF images, PDF documents, or MP4/WebM videos";

/** SVG is XML text, so content sniffing finds nothing; its opening tells it apart for a clearer message. */
function looksLikeSvg(head: Buffer): boolean {
  const text = head.subarray(0, 1024).toString("utf8").trimStart().toLowerCase();
  return text.startsWith("<svg") || (text.startsWith("<?xml") && text.includes("<svg"));
}

/**
 * Decides from the sniffed content type (never the declared one or the file name) whether an upload is accepted and
 * as what. SVG is refused rather than rasterised: it is a document that can carry script and external references,
 * and an exported PNG shows the same picture without that risk. Archives (zip, docx…) are refused unopened, so a zip
 * bomb is never expanded.
 */
export function mediaVerdict(sniffed: { mime: string } | undefined, bytes: number, head: Buffer): MediaVerdict {
  if (bytes === 0) return unsupported("The upload is empty.");
  if (!sniffed) {
    return looksLikeSvg(head)
      ? unsupported("SVG images are not accepted because they can contain script; export the image as PNG instead.")
      : unsupported(`The file's content is not one we accept (${accepts}).`);
  }
  const kind = acceptedTypes[sniffed.mime];
  if (!kind) return unsupported(`The file's content is ${sniffed.mime}; we accept ${accepts}.`);
  if (bytes > mediaMaxBytes[kind]) {
    return {
      accepted: false,
      rejection: {
        status: 413,
        slug: "file-too-large",
        title: "File too large",
        detail: `A ${kind === "pdf" ? "PDF" : kind} can be at most ${mediaMaxBytes[kind] / megabyte} MB.`,
      },
    };
  }
  return { accepted: true, kind, contentType: sniffed.mime };
}

/** Refuses an image whose header promises more pixels than we decode. */
export function imageSizeProblem(width: number, height: number): MediaRejection | undefined {
  if (width * height <= maxImagePixels) return undefined;
  return {
    status: 422,
    slug: "image-too-large",
    title: "Image too large",
    detail: `The image is ${width}×${height} pixels; at most ${maxImagePixels / 1_000_000} megapixels are accepted.`,
  };
}

/**
 * Photos (JPEG sources without transparency) stay JPEG, which browsers decode fastest; everything else becomes WebP,
 * which keeps transparency and is smaller than PNG.
 */
export function imageOutputFormat(sourceType: string, hasAlpha: boolean): "jpeg" | "webp" {
  return sourceType === "image/jpeg" && !hasAlpha ? "jpeg" : "webp";
}
