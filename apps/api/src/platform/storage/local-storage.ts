import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { clampByteRange } from "./byte-range";
import type { ByteRange, StorageDriver, StoredObject } from "./storage-driver";
import { InvalidStorageKeyError, ObjectNotFoundError } from "./storage-errors";
import { assertStorageKey } from "./storage-key";

export interface LocalStorageOptions {
  rootDir: string;
  /** Origin the browser uses (PUBLIC_URL); signed URLs point at the API's file route under it. */
  publicBaseUrl: string;
  /** Signs URLs; the file route verifies them with verifyLocalSignature and the same secret. */
  secret: string;
  now?: () => Date;
}

const fallbackContentType = "application/octet-stream";

/**
 * Objects on local disk: bytes under `objects/`, content types under `meta/` (a separate tree, so no key
 * can collide with a sidecar), and in-progress writes under `tmp/` so a rename publishes them whole.
 */
export class LocalStorage implements StorageDriver {
  readonly kind = "local";
  private readonly objectsDir: string;
  private readonly metaDir: string;
  private readonly tmpDir: string;
  private readonly publicBaseUrl: string;
  private readonly secret: string;
  private readonly now: () => Date;

  constructor(options: LocalStorageOptions) {
    const root = path.resolve(options.rootDir);
    this.objectsDir = path.join(root, "objects");
    this.metaDir = path.join(root, "meta");
    this.tmpDir = path.join(root, "tmp");
    this.publicBaseUrl = options.publicBaseUrl.replace(/\/$/, "");
    this.secret = options.secret;
    this.now = options.now ?? (() => new Date());
  }

  async put(key: string, body: Buffer | Readable, options: { contentType: string }): Promise<StoredObject> {
    const file = this.objectPath(key);
    const size = await this.writeAtomically(file, body);
    await this.writeAtomically(this.metaPath(key), Buffer.from(JSON.stringify({ contentType: options.contentType })));
    return { key, size, contentType: options.contentType };
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.objectPath(key));
    } catch (error) {
      throw missingAsNotFound(error, key);
    }
  }

  async stat(key: string): Promise<StoredObject | undefined> {
    try {
      const { size } = await stat(this.objectPath(key));
      return { key, size, contentType: await this.contentType(key) };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async stream(key: string, range?: ByteRange) {
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(this.objectPath(key), "r");
    } catch (error) {
      throw missingAsNotFound(error, key);
    }
    try {
      // Size from the open handle: a concurrent put renames a new file in, but this handle keeps the old one.
      const { size } = await handle.stat();
      const served = range ? clampByteRange(range, size) : undefined;
      const object = { key, size, contentType: await this.contentType(key) };
      const body = handle.createReadStream(served ? { start: served.start, end: served.end } : {});
      return { body, object, range: served };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await Promise.all([unlinkIfPresent(this.objectPath(key)), unlinkIfPresent(this.metaPath(key))]);
  }

  async signedUrl(key: string, options: { expiresInSeconds: number }): Promise<string> {
    assertStorageKey(key);
    const expires = Math.floor(this.now().getTime() / 1000) + options.expiresInSeconds;
    const encodedKey = key.split("/").map(encodeURIComponent).join("/");
    const signature = signLocalKey(this.secret, key, expires);
    return `${this.publicBaseUrl}/api/v1/files/${encodedKey}?expires=${expires}&signature=${signature}`;
  }

  async check(): Promise<void> {
    await mkdir(this.tmpDir, { recursive: true });
    const probe = path.join(this.tmpDir, `check-${randomUUID()}`);
    await writeFile(probe, "");
    await rm(probe);
  }

  private objectPath(key: string): string {
    return this.pathUnder(this.objectsDir, key, "");
  }

  private metaPath(key: string): string {
    return this.pathUnder(this.metaDir, key, ".json");
  }

  private pathUnder(dir: string, key: string, suffix: string): string {
    assertStorageKey(key);
    const file = path.resolve(dir, ...key.split("/")) + suffix;
    // assertStorageKey already rules this out; the check stays so a future change to it cannot open the disk.
    if (!file.startsWith(dir + path.sep)) throw new InvalidStorageKeyError(key, "escapes the storage root");
    return file;
  }

  private async contentType(key: string): Promise<string> {
    try {
      const meta = JSON.parse(await readFile(this.metaPath(key), "utf8")) as { contentType?: string };
      return meta.contentType ?? fallbackContentType;
    } catch (error) {
      if (isMissing(error)) return fallbackContentType;
      throw error;
    }
  }

  /** Readers see the old file or the new one, never half of one, and a failed upload leaves nothing behind. */
  private async writeAtomically(file: string, body: Buffer | Readable): Promise<number> {
    await mkdir(this.tmpDir, { recursive: true });
    const temp = path.join(this.tmpDir, randomUUID());
    try {
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(temp, { flags: "wx" }));
      const { size } = await stat(temp);
      await mkdir(path.dirname(file), { recursive: true });
      await rename(temp, file);
      return size;
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}

/** For the file route: true only for an unexpired URL signed with this secret for exactly this key. */
export function verifyLocalSignature(
  secret: string,
  key: string,
  expires: string | number,
  signature: string,
  now: Date,
): boolean {
  const expiresAt = Number(expires);
  if (!/^\d+$/.test(String(expires)) || expiresAt * 1000 < now.getTime()) return false;
  if (!/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = Buffer.from(signLocalKey(secret, key, expiresAt), "hex");
  return timingSafeEqual(expected, Buffer.from(signature, "hex"));
}

/** Keys cannot contain control characters, so the newline keeps key and expiry unambiguous. */
function signLocalKey(secret: string, key: string, expires: number): string {
  return createHmac("sha256", secret).update(`${key}\n${expires}`).digest("hex");
}

/** A path through a file or onto a directory is as absent as a missing file. */
function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}

function missingAsNotFound(error: unknown, key: string): unknown {
  return isMissing(error) ? new ObjectNotFoundError(key) : error;
}

async function unlinkIfPresent(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}
