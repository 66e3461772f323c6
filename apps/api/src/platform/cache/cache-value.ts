/**
 * Both caches hold JSON text, so a value reads back the same whichever backend is configured
 * (a Date comes back as an ISO string from memory too) and callers cannot mutate a cached object.
 */
export function encodeCacheValue(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("Cache values must be JSON-serialisable; got undefined or a function");
  return json;
}

export function decodeCacheValue<T>(json: string | null | undefined): T | undefined {
  return json == null ? undefined : (JSON.parse(json) as T);
}

/** Both backends take milliseconds so sub-second TTLs work; zero would mean "forever" to lru-cache and an error to Redis. */
export function ttlMilliseconds(ttlSeconds: number): number {
  const ms = Math.round(ttlSeconds * 1000);
  if (!Number.isFinite(ms) || ms < 1)
    throw new RangeError(`Cache TTL must be a positive number of seconds, got ${ttlSeconds}`);
  return ms;
}
