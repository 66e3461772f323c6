import { Redis } from "ioredis";
import type { Cache } from "./cache";
import { decodeCacheValue, encodeCacheValue, ttlMilliseconds } from "./cache-value";

export interface RedisCacheOptions {
  url: string;
  /** Prepended to every key so several apps (or test runs) can share one Redis. */
  keyPrefix?: string;
}

/** Cache shared by every API replica. */
export class RedisCache implements Cache {
  readonly kind = "redis";
  private readonly redis: Redis;

  constructor(options: RedisCacheOptions) {
    this.redis = new Redis(options.url, {
      keyPrefix: options.keyPrefix ?? "",
      // A request should fail fast while Redis is down rather than queue behind reconnect attempts.
      maxRetriesPerRequest: 1,
    });
    // Outages already surface as rejected commands and a failing check(); unheard, ioredis prints every retry to stderr.
    this.redis.on("error", () => {});
  }

  async get<T>(key: string): Promise<T | undefined> {
    return decodeCacheValue<T>(await this.redis.get(key));
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    await this.redis.set(key, encodeCacheValue(value), "PX", ttlMilliseconds(ttlSeconds));
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(key);
  }

  async check(): Promise<void> {
    const reply = await this.redis.ping();
    if (reply !== "PONG") throw new Error(`Redis answered PING with ${reply}`);
  }

  async close(): Promise<void> {
    // QUIT lets pending replies arrive; it rejects when Redis is unreachable, and then only disconnecting stops the retries.
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
