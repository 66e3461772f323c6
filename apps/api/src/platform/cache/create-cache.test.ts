import { expect, it } from "vitest";
import { createCache } from "./create-cache";

it("uses memory without REDIS_URL and Redis with it", async () => {
  const memory = createCache({ REDIS_URL: undefined });
  expect(memory.kind).toBe("memory");
  await memory.close();

  // Closed before any command runs, so no Redis server is needed to see which driver was picked.
  const redis = createCache({ REDIS_URL: "redis://127.0.0.1:1" });
  expect(redis.kind).toBe("redis");
  await redis.close();
});
