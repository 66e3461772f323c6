import type { ByteRange } from "./storage-driver";

/** Routes map these to 404, 400 and 416; both drivers throw the same ones. */
export class ObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object with key "${key}"`);
    this.name = "ObjectNotFoundError";
  }
}

export class InvalidStorageKeyError extends Error {
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`Invalid storage key ${JSON.stringify(key)}: it ${reason}`);
    this.name = "InvalidStorageKeyError";
  }
}

export class RangeNotSatisfiableError extends Error {
  constructor(readonly range: ByteRange) {
    super(`Byte range ${range.start}-${range.end} cannot be satisfied`);
    this.name = "RangeNotSatisfiableError";
  }
}
