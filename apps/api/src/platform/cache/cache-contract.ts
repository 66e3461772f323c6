import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cache } from "./cache";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Behaviour every Cache must share, so switching REDIS_URL on or off changes nothing for callers. */
export function describeCacheContract(name: string, makeCache: () => Cache) {
  describe(`${name} cache contract`, () => {
    let cache: Cache;
    beforeAll(() => {
      cache = makeCache();
    });
    afterAll(() => cache.close());

    it("returns undefined for a key never set", async () => {
      expect(await cache.get("never-set")).toBeUndefined();
    });

    it("round-trips JSON values, with Dates read back as ISO strings", async () => {
      const value = { name: "Zoë", tags: ["a", "b"], nested: { n: 1.5, ok: true, none: null } };
      await cache.set("json", value, 60);
      expect(await cache.get("json")).toEqual(value);

      await cache.set("date", { at: new Date("2030-01-02T03:04:05.000Z") }, 60);
      expect(await cache.get("date")).toEqual({ at: "2030-01-02T03:04:05.000Z" });
    });

    it("hands out copies, so mutating a read value does not change the cache", async () => {
      await cache.set("copy", { list: [1] }, 60);
      const first = await cache.get<{ list: number[] }>("copy");
      first?.list.push(2);
      expect(await cache.get("copy")).toEqual({ list: [1] });
    });

    it("overwrites and deletes", async () => {
      await cache.set("k", "one", 60);
      await cache.set("k", "two", 60);
      expect(await cache.get("k")).toBe("two");
      await cache.delete("k");
      expect(await cache.get("k")).toBeUndefined();
      await cache.delete("k");
    });

    it("expires entries after their TTL", async () => {
      await cache.set("short", "gone soon", 0.2);
      await cache.set("long", "stays", 60);
      expect(await cache.get("short")).toBe("gone soon");
      await pause(400);
      expect(await cache.get("short")).toBeUndefined();
      expect(await cache.get("long")).toBe("stays");
    });

    it("rejects values that are not JSON and TTLs that are not positive", async () => {
      await expect(cache.set("bad", undefined, 60)).rejects.toThrow(TypeError);
      await expect(cache.set("bad", 1, 0)).rejects.toThrow(RangeError);
      expect(await cache.get("bad")).toBeUndefined();
    });

    it("passes its health check", async () => {
      await expect(cache.check()).resolves.toBeUndefined();
    });
  });
}
