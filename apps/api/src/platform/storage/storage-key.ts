import { InvalidStorageKeyError } from "./storage-errors";

/** S3's own limit, so a key accepted by one driver is accepted by the other. */
const maxKeyBytes = 1024;

/**
 * Keys become file paths for the local driver, so anything that could leave the storage root
 * (`..`, absolute paths, NUL) is refused; the S3 driver applies the same rules so keys stay portable.
 */
export function assertStorageKey(key: string): void {
  const reason = keyProblem(key);
  if (reason) throw new InvalidStorageKeyError(key, reason);
}

function keyProblem(key: string): string | undefined {
  if (key.length === 0) return "is empty";
  if (Buffer.byteLength(key) > maxKeyBytes) return `is longer than ${maxKeyBytes} bytes`;
  if ([...key].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    return "contains NUL or another control character";
  if (key.includes("\\")) return "contains a backslash";
  if (key.startsWith("/") || /^[a-z]:/i.test(key)) return "is an absolute path";
  if (key.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) {
    return "has an empty, '.' or '..' path segment";
  }
  return undefined;
}
