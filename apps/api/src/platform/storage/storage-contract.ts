import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { beforeAll, describe, expect, it } from "vitest";
import type { StorageDriver } from "./storage-driver";
import { InvalidStorageKeyError, ObjectNotFoundError, RangeNotSatisfiableError } from "./storage-errors";

const bytes = (text: string) => Buffer.from(text, "utf8");

function failingUpload(): Readable {
  return new Readable({
    read() {
      this.push(bytes("first part of an upload that "));
      this.destroy(new Error("client went away"));
    },
  });
}

/** Behaviour both drivers must share, so moving from local disk to S3 changes nothing for features. */
export function describeStorageContract(name: string, makeDriver: () => StorageDriver | Promise<StorageDriver>) {
  describe(`${name} storage contract`, () => {
    let storage: StorageDriver;
    beforeAll(async () => {
      storage = await makeDriver();
    });

    it("passes its health check", async () => {
      await expect(storage.check()).resolves.toBeUndefined();
    });

    it("stores a buffer and reads it back with its size and content type", async () => {
      const body = Buffer.from([0, 1, 2, 250, 255, 10, 13]);
      const stored = await storage.put("cv/1/original.bin", body, { contentType: "application/pdf" });
      expect(stored).toEqual({ key: "cv/1/original.bin", size: 7, contentType: "application/pdf" });
      expect(await storage.get("cv/1/original.bin")).toEqual(body);
      expect(await storage.stat("cv/1/original.bin")).toEqual(stored);
    });

    it("stores a stream of several chunks", async () => {
      const chunks = ["one ", "two ", "three"].map(bytes);
      const stored = await storage.put("video/clip.webm", Readable.from(chunks), { contentType: "video/webm" });
      expect(stored.size).toBe(13);
      expect((await storage.get("video/clip.webm")).toString()).toBe("one two three");
      expect(await storage.stat("video/clip.webm")).toMatchObject({ size: 13, contentType: "video/webm" });
    });

    it("keeps the old object when an upload stream fails midway", async () => {
      await storage.put("atomic.txt", bytes("complete"), { contentType: "text/plain" });
      await expect(storage.put("atomic.txt", failingUpload(), { contentType: "text/html" })).rejects.toThrow(
        "client went away",
      );
      expect((await storage.get("atomic.txt")).toString()).toBe("complete");
      expect(await storage.stat("atomic.txt")).toMatchObject({ size: 8, contentType: "text/plain" });

      await expect(storage.put("never-written.txt", failingUpload(), { contentType: "text/plain" })).rejects.toThrow();
      expect(await storage.stat("never-written.txt")).toBeUndefined();
    });

    it("replaces content and content type on overwrite", async () => {
      await storage.put("overwrite.txt", bytes("first version"), { contentType: "text/plain" });
      await storage.put("overwrite.txt", bytes("<p>2</p>"), { contentType: "text/html" });
      expect((await storage.get("overwrite.txt")).toString()).toBe("<p>2</p>");
      expect(await storage.stat("overwrite.txt")).toEqual({ key: "overwrite.txt", size: 8, contentType: "text/html" });
    });

    it("accepts keys with spaces and non-ASCII characters", async () => {
      const key = "portfolios/Zoë Müller/résumé v2.pdf";
      await storage.put(key, bytes("%PDF"), { contentType: "application/pdf" });
      expect((await storage.get(key)).toString()).toBe("%PDF");
    });

    it("reports missing objects: stat undefined, get and stream rejecting with ObjectNotFoundError", async () => {
      expect(await storage.stat("missing/object")).toBeUndefined();
      await expect(storage.get("missing/object")).rejects.toThrow(ObjectNotFoundError);
      await expect(storage.stream("missing/object")).rejects.toThrow(ObjectNotFoundError);
    });

    it("streams the whole object", async () => {
      await storage.put("stream/all.txt", bytes("0123456789"), { contentType: "text/plain" });
      const { body, object, range } = await storage.stream("stream/all.txt");
      expect((await buffer(body)).toString()).toBe("0123456789");
      expect(object).toEqual({ key: "stream/all.txt", size: 10, contentType: "text/plain" });
      expect(range).toBeUndefined();
    });

    it("streams exactly the inclusive byte range asked for", async () => {
      await storage.put("stream/range.txt", bytes("0123456789"), { contentType: "text/plain" });
      const { body, object, range } = await storage.stream("stream/range.txt", { start: 2, end: 5 });
      expect((await buffer(body)).toString()).toBe("2345");
      expect(range).toEqual({ start: 2, end: 5 });
      expect(object.size).toBe(10);

      const last = await storage.stream("stream/range.txt", { start: 9, end: 9 });
      expect((await buffer(last.body)).toString()).toBe("9");
    });

    it("cuts a range past the end to the last byte and refuses one that starts past it", async () => {
      await storage.put("stream/short.txt", bytes("abcdef"), { contentType: "text/plain" });
      const tail = await storage.stream("stream/short.txt", { start: 3, end: 1000 });
      expect((await buffer(tail.body)).toString()).toBe("def");
      expect(tail.range).toEqual({ start: 3, end: 5 });

      await expect(storage.stream("stream/short.txt", { start: 6, end: 10 })).rejects.toThrow(RangeNotSatisfiableError);
      await expect(storage.stream("stream/short.txt", { start: 4, end: 2 })).rejects.toThrow(RangeNotSatisfiableError);
    });

    it("deletes, and deleting a missing object is not an error", async () => {
      await storage.put("delete/me.txt", bytes("bye"), { contentType: "text/plain" });
      await storage.delete("delete/me.txt");
      expect(await storage.stat("delete/me.txt")).toBeUndefined();
      await expect(storage.delete("delete/me.txt")).resolves.toBeUndefined();
    });

    it.each([
      ["a parent directory", "../outside.txt"],
      ["a parent directory midway", "a/../../outside.txt"],
      ["an absolute path", "/etc/passwd"],
      ["a Windows path", "C:\\Windows\\win.ini"],
      ["a NUL byte", "file\0.txt"],
      ["an empty segment", "a//b"],
      ["nothing", ""],
    ])("rejects a key with %s", async (_, key) => {
      await expect(storage.put(key, bytes("x"), { contentType: "text/plain" })).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.get(key)).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.stat(key)).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toThrow(InvalidStorageKeyError);
      await expect(storage.signedUrl(key, { expiresInSeconds: 60 })).rejects.toThrow(InvalidStorageKeyError);
    });
  });
}
