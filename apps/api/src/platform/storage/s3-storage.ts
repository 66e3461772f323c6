import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { assertByteRange } from "./byte-range";
import type { ByteRange, StorageDriver, StoredObject } from "./storage-driver";
import { ObjectNotFoundError, RangeNotSatisfiableError } from "./storage-errors";
import { assertStorageKey } from "./storage-key";

export interface S3StorageOptions {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  /** Bucket in the path rather than the host name, as MinIO and most self-hosted servers need. */
  forcePathStyle?: boolean;
}

/** Objects in any S3-compatible bucket (AWS, MinIO, R2, …). */
export class S3Storage implements StorageDriver {
  readonly kind = "s3";
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle ?? true,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // The SDK's default checksums send streamed bodies as aws-chunked with a trailer, which many
      // S3-compatible servers store verbatim (chunk headers and all); checksums only where S3 demands them.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, body: Buffer | Readable, options: { contentType: string }): Promise<StoredObject> {
    assertStorageKey(key);
    const size = Buffer.isBuffer(body)
      ? await this.putBody(key, body, body.length, options.contentType)
      : await this.putStream(key, body, options.contentType);
    return { key, size, contentType: options.contentType };
  }

  async get(key: string): Promise<Buffer> {
    const response = await this.getObject(key);
    return Buffer.from(await response.Body!.transformToByteArray());
  }

  async stat(key: string): Promise<StoredObject | undefined> {
    assertStorageKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { key, size: head.ContentLength ?? 0, contentType: head.ContentType ?? "application/octet-stream" };
    } catch (error) {
      if (isNoSuchKey(error)) return undefined;
      throw error;
    }
  }

  async stream(key: string, range?: ByteRange) {
    if (range) assertByteRange(range);
    let response: Awaited<ReturnType<S3Storage["getObject"]>>;
    try {
      response = await this.getObject(key, range && `bytes=${range.start}-${range.end}`);
    } catch (error) {
      if (range && error instanceof S3ServiceException && error.$metadata.httpStatusCode === 416) {
        throw new RangeNotSatisfiableError(range);
      }
      throw error;
    }
    const served = parseContentRange(response.ContentRange);
    const object = {
      key,
      size: served?.size ?? response.ContentLength ?? 0,
      contentType: response.ContentType ?? "application/octet-stream",
    };
    // In Node the SDK's body is the HTTP response stream itself.
    return { body: response.Body as Readable, object, range: served && { start: served.start, end: served.end } };
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async signedUrl(key: string, options: { expiresInSeconds: number }): Promise<string> {
    assertStorageKey(key);
    const command = new GetObjectCommand({ Bucket: this.bucket, Key: key });
    return getSignedUrl(this.client, command, { expiresIn: options.expiresInSeconds });
  }

  async check(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
  }

  private async getObject(key: string, range?: string) {
    assertStorageKey(key);
    try {
      return await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: range }));
    } catch (error) {
      throw isNoSuchKey(error) ? new ObjectNotFoundError(key) : error;
    }
  }

  private async putBody(key: string, body: Buffer | Readable, size: number, contentType: string): Promise<number> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentLength: size,
        ContentType: contentType,
      }),
    );
    return size;
  }

  /**
   * PutObject needs the length before the first byte, and an upload stream does not know it; spooling to
   * disk (not memory) keeps large videos from filling the heap. A failed upload stores nothing.
   */
  private async putStream(key: string, body: Readable, contentType: string): Promise<number> {
    const dir = await mkdtemp(path.join(tmpdir(), "hirefolio-s3-put-"));
    const file = path.join(dir, "body");
    try {
      await pipeline(body, createWriteStream(file));
      const { size } = await stat(file);
      return await this.putBody(key, createReadStream(file), size, contentType);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

function isNoSuchKey(error: unknown): boolean {
  // GET answers NoSuchKey; HEAD has no body, so the SDK names it after the status.
  return error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.name === "NotFound");
}

/** `bytes 2-5/11` -> the served range and the whole object's size. */
function parseContentRange(header: string | undefined) {
  const match = header && /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header);
  return match ? { start: Number(match[1]), end: Number(match[2]), size: Number(match[3]) } : undefined;
}
