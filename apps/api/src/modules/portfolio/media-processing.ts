import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import {
  imageOutputFormat,
  imageSizeProblem,
  type MediaRejection,
  type MediaVerdict,
  maxImagePixels,
  maxImageSide,
  mediaVerdict,
  thumbnailSide,
} from "../../engines/portfolio/media-verdict";
import { HttpProblem } from "../../http/problem";

const run = promisify(execFile);
const toolTimeoutMs = 20_000;

export const rejectionProblem = (rejection: MediaRejection) =>
  new HttpProblem(rejection.status, rejection.slug, rejection.title, rejection.detail);

const unreadable = (what: "image" | "PDF", reason: string) =>
  rejectionProblem({
    status: 422,
    slug: what === "PDF" ? "unreadable-pdf" : "unreadable-image",
    title: `The ${what} could not be read`,
    detail: `The file looks like a${what === "image" ? "n image" : " PDF"} but is damaged or incomplete (${reason}).`,
  });

export interface EncodedFile {
  bytes: Buffer;
  contentType: string;
  extension: string;
}

export interface ProcessedMedia {
  file: EncodedFile;
  preview: EncodedFile | null;
  width: number | null;
  height: number | null;
  pageCount: number | null;
}

/** What the bytes are, read from the bytes; the declared type and file name are never consulted. */
export async function sniffMedia(bytes: Buffer): Promise<MediaVerdict> {
  const sniffed = bytes.length > 0 ? await fileTypeFromBuffer(bytes) : undefined;
  return mediaVerdict(sniffed, bytes.length, bytes);
}

async function thumbnail(source: Buffer): Promise<EncodedFile> {
  const bytes = await sharp(source)
    .resize({ width: thumbnailSide, height: thumbnailSide, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 75 })
    .toBuffer();
  return { bytes, contentType: "image/webp", extension: "webp" };
}

/**
 * Decodes only after the header's dimensions pass (and with sharp's own pixel limit as a second guard), applies the
 * EXIF rotation, then writes a fresh file: sharp copies no metadata unless asked, so EXIF, GPS and ICC comments are
 * gone. Animated GIFs keep their first frame.
 */
async function processImage(bytes: Buffer, contentType: string): Promise<ProcessedMedia> {
  const options = { limitInputPixels: maxImagePixels, failOn: "warning", pages: 1 } as const;
  try {
    const header = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
    const tooLarge = imageSizeProblem(header.width ?? 0, header.pageHeight ?? header.height ?? 0);
    if (tooLarge) throw rejectionProblem(tooLarge);
    const format = imageOutputFormat(contentType, header.hasAlpha ?? false);
    const pipeline = sharp(bytes, options)
      .rotate()
      .resize({ width: maxImageSide, height: maxImageSide, fit: "inside", withoutEnlargement: true });
    const { data, info } = await (format === "jpeg"
      ? pipeline.jpeg({ quality: 85, mozjpeg: true })
      : pipeline.webp({ quality: 85 })
    ).toBuffer({ resolveWithObject: true });
    return {
      file: { bytes: data, contentType: `image/${format}`, extension: format === "jpeg" ? "jpg" : "webp" },
      preview: await thumbnail(data),
      width: info.width,
      height: info.height,
      pageCount: null,
    };
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    throw unreadable("image", (error as Error).message.split("\n")[0] ?? "decoder error");
  }
}

/** Page count from pdfinfo and the first page rendered small by pdftoppm (poppler), both on a private temp copy. */
async function processPdf(bytes: Buffer): Promise<ProcessedMedia> {
  const dir = await mkdtemp(path.join(tmpdir(), "hirefolio-pdf-"));
  try {
    const file = path.join(dir, "sample.pdf");
    await writeFile(file, bytes);
    const info = await run("pdfinfo", [file], { timeout: toolTimeoutMs }).catch((error: { stderr?: string }) => {
      throw unreadable("PDF", error.stderr?.trim().split("\n")[0] || "pdfinfo failed");
    });
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? 0);
    if (pageCount < 1) throw unreadable("PDF", "it has no pages");
    const firstPage = path.join(dir, "first-page");
    await run(
      "pdftoppm",
      ["-png", "-r", "50", "-f", "1", "-l", "1", "-scale-to", String(thumbnailSide), "-singlefile", file, firstPage],
      {
        timeout: toolTimeoutMs,
      },
    ).catch((error: { stderr?: string }) => {
      throw unreadable("PDF", error.stderr?.trim().split("\n")[0] || "the first page could not be drawn");
    });
    return {
      file: { bytes, contentType: "application/pdf", extension: "pdf" },
      preview: await thumbnail(await readFile(`${firstPage}.png`)),
      width: null,
      height: null,
      pageCount,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Turns an accepted upload into what is stored: re-encoded images, PDFs with a first-page preview, videos as sent. */
export function processMedia(
  verdict: Extract<MediaVerdict, { accepted: true }>,
  bytes: Buffer,
): Promise<ProcessedMedia> {
  switch (verdict.kind) {
    case "image":
      return processImage(bytes, verdict.contentType);
    case "pdf":
      return processPdf(bytes);
    case "video":
      return Promise.resolve({
        file: {
          bytes,
          contentType: verdict.contentType,
          extension: verdict.contentType === "video/mp4" ? "mp4" : "webm",
        },
        preview: null,
        width: null,
        height: null,
        pageCount: null,
      });
  }
}
