import { LRUCache } from "lru-cache";
import type { Cache } from "./cache";
import { decodeCacheValue, encodeCacheValue, ttlMilliseconds } from "./cache-value";

export interface MemoryCacheOptions {
  /** Least recently used entries are evicted beyond this, so memory stays bounded. */
  maxEntries?: number;
}

/** In-process cache for a single API process without Redis. */
export class MemoryCache implements Cache {
  readonly kind = "memory";
  private readonly entries: LRUCache<string, string>;

  constructor(options: MemoryCacheOptions = {}) {
    this.entries = new LRUCache({ max: options.maxEntries ?? 10_000 });
  }

  async get<T>(key: string): Promise<T | undefined> {
    return decodeCacheValue<T>(this.entries.get(key));
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    this.entries.set(key, encodeCacheValue(value), { ttl: ttlMilliseconds(ttlSeconds) });
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async check(): Promise<void> {}

  async close(): Promise<void> {
    this.entries.clear();
  }
}
