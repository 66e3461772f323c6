import { describe, expect, it } from "vitest";
import { describeCacheContract } from "./cache-contract";
import { MemoryCache } from "./memory-cache";

describeCacheContract("memory", () => new MemoryCache());

describe("MemoryCache", () => {
  it("evicts the least recently used entry beyond maxEntries", async () => {
    const cache = new MemoryCache({ maxEntries: 2 });
    await cache.set("a", 1, 60);
    await cache.set("b", 2, 60);
    await cache.get("a");
    await cache.set("c", 3, 60);
    expect(await cache.get("a")).toBe(1);
    expect(await cache.get("b")).toBeUndefined();
    expect(await cache.get("c")).toBe(3);
  });
});
