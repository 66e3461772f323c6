import type { ByteRange } from "./storage-driver";
import { RangeNotSatisfiableError } from "./storage-errors";

export function assertByteRange(range: ByteRange): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeNotSatisfiableError(range);
  }
}

/** As HTTP Range does: an end past the object is cut to its last byte, a start past it cannot be served. */
export function clampByteRange(range: ByteRange, size: number): ByteRange {
  assertByteRange(range);
  if (range.start >= size) throw new RangeNotSatisfiableError(range);
  return { start: range.start, end: Math.min(range.end, size - 1) };
}
