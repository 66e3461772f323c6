import type { Readable } from "node:stream";

export interface StoredObject {
  key: string;
  size: number;
  contentType: string;
}

export interface ByteRange {
  start: number;
  /** Inclusive, as in HTTP Range. */
  end: number;
}

export interface StorageDriver {
  readonly kind: "local" | "s3";
  put(key: string, body: Buffer | Readable, options: { contentType: string }): Promise<StoredObject>;
  get(key: string): Promise<Buffer>;
  stat(key: string): Promise<StoredObject | undefined>;
  /** Streams the whole object or an inclusive byte range of it (for HTTP Range responses). */
  stream(key: string, range?: ByteRange): Promise<{ body: Readable; object: StoredObject; range?: ByteRange }>;
  delete(key: string): Promise<void>;
  /** A URL that grants GET access to the key until it expires. */
  signedUrl(key: string, options: { expiresInSeconds: number }): Promise<string>;
  check(): Promise<void>;
}
