import type { Config } from "../../config";
import type { Cache } from "./cache";
import { MemoryCache } from "./memory-cache";
import { RedisCache } from "./redis-cache";

/** Redis when configured, so every replica shares one cache; otherwise memory for a single process. */
export function createCache(config: Pick<Config, "REDIS_URL">, namespace = "hirefolio"): Cache {
  return config.REDIS_URL
    ? new RedisCache({ url: config.REDIS_URL, keyPrefix: `${namespace}:cache:` })
    : new MemoryCache();
}
