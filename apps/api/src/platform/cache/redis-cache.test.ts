import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { testBackend, testRedisUrl } from "../../../test/support/backend";
import { describeCacheContract } from "./cache-contract";
import { RedisCache } from "./redis-cache";

async function redisReachable(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, connectTimeout: 1000 });
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

// An embedded run may happen on a machine without Redis; a services run must never skip silently.
const skip = testBackend() !== "services" && !(await redisReachable(testRedisUrl));
const prefix = `hf-test:${randomUUID()}:`;

describe.skipIf(skip)("RedisCache", () => {
  const raw = new Redis(testRedisUrl);
  afterAll(async () => {
    const keys = await raw.keys(`${prefix}*`);
    if (keys.length) await raw.del(...keys);
    await raw.quit();
  });

  describeCacheContract("redis", () => new RedisCache({ url: testRedisUrl, keyPrefix: prefix }));

  it("stores JSON text under the key prefix with a millisecond TTL", async () => {
    const cache = new RedisCache({ url: testRedisUrl, keyPrefix: prefix });
    await cache.set("raw", { score: 7 }, 30);
    expect(await raw.get(`${prefix}raw`)).toBe('{"score":7}');
    const ttl = await raw.pttl(`${prefix}raw`);
    expect(ttl).toBeGreaterThan(25_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
    await cache.close();
  });

  it("keeps caches with different prefixes apart", async () => {
    const one = new RedisCache({ url: testRedisUrl, keyPrefix: `${prefix}one:` });
    const two = new RedisCache({ url: testRedisUrl, keyPrefix: `${prefix}two:` });
    await one.set("shared-name", "from one", 30);
    expect(await two.get("shared-name")).toBeUndefined();
    expect(await one.get("shared-name")).toBe("from one");
    await Promise.all([one.close(), two.close()]);
  });

  it("fails its health check when Redis is unreachable", async () => {
    const cache = new RedisCache({ url: "redis://127.0.0.1:1" });
    await expect(cache.check()).rejects.toThrow();
    await cache.close();
  });
});
