import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LocalStorage, verifyLocalSignature } from "./local-storage";
import { describeStorageContract } from "./storage-contract";
import { InvalidStorageKeyError } from "./storage-errors";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const secret = "s".repeat(32);
const fixedNow = new Date("2030-01-01T00:00:00Z");

function makeStorage(rootDir = mkdtempSync(path.join(tmpdir(), "hirefolio-files-"))) {
  roots.push(rootDir);
  return new LocalStorage({ rootDir, publicBaseUrl: "https://hire.example/", secret, now: () => fixedNow });
}

describeStorageContract("local", () => makeStorage());

describe("LocalStorage", () => {
  it("refuses keys that would leave the root and writes nothing outside it", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "hirefolio-parent-"));
    roots.push(parent);
    const storage = makeStorage(path.join(parent, "root"));
    for (const key of ["../escape.txt", "../../escape.txt", "objects/../../escape.txt"]) {
      await expect(storage.put(key, Buffer.from("x"), { contentType: "text/plain" })).rejects.toThrow(
        /Invalid storage key .*'\.\.' path segment/,
      );
    }
    await expect(storage.get("a/\0/b")).rejects.toThrow(InvalidStorageKeyError);
    expect(readdirSync(parent)).toEqual([]);
  });

  it("keeps objects and content types on disk for the next process, with no temp files left", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "hirefolio-files-"));
    await makeStorage(root).put("docs/cv.pdf", Buffer.from("%PDF-1.7"), { contentType: "application/pdf" });

    expect(readFileSync(path.join(root, "objects", "docs", "cv.pdf"), "utf8")).toBe("%PDF-1.7");
    expect(readdirSync(path.join(root, "tmp"))).toEqual([]);
    expect(await makeStorage(root).stat("docs/cv.pdf")).toEqual({
      key: "docs/cv.pdf",
      size: 8,
      contentType: "application/pdf",
    });
  });

  it("signs URLs for the API's file route, encoding each key segment", async () => {
    const url = new URL(await makeStorage().signedUrl("videos/Zoë intro/take #1.webm", { expiresInSeconds: 600 }));
    expect(url.origin).toBe("https://hire.example");
    expect(url.pathname).toBe("/api/v1/files/videos/Zo%C3%AB%20intro/take%20%231.webm");
    const expires = url.searchParams.get("expires")!;
    expect(Number(expires)).toBe(fixedNow.getTime() / 1000 + 600);
    expect(url.searchParams.get("signature")).toMatch(/^[0-9a-f]{64}$/);
  });

  describe("verifyLocalSignature", async () => {
    const key = "videos/intro.webm";
    const url = new URL(await makeStorage().signedUrl(key, { expiresInSeconds: 60 }));
    const expires = url.searchParams.get("expires")!;
    const signature = url.searchParams.get("signature")!;
    const beforeExpiry = new Date(fixedNow.getTime() + 59_000);

    it("accepts the signature until the URL expires", () => {
      expect(verifyLocalSignature(secret, key, expires, signature, beforeExpiry)).toBe(true);
      expect(verifyLocalSignature(secret, key, Number(expires), signature.toUpperCase(), beforeExpiry)).toBe(true);
      expect(verifyLocalSignature(secret, key, expires, signature, new Date(fixedNow.getTime() + 61_000))).toBe(false);
    });

    it("rejects another key, a moved expiry, another secret and malformed signatures", () => {
      expect(verifyLocalSignature(secret, "videos/other.webm", expires, signature, beforeExpiry)).toBe(false);
      expect(verifyLocalSignature(secret, key, String(Number(expires) + 3600), signature, beforeExpiry)).toBe(false);
      expect(verifyLocalSignature("t".repeat(32), key, expires, signature, beforeExpiry)).toBe(false);
      expect(verifyLocalSignature(secret, key, expires, signature.slice(0, 62), beforeExpiry)).toBe(false);
      expect(verifyLocalSignature(secret, key, expires, `${signature.slice(0, 62)}zz`, beforeExpiry)).toBe(false);
      expect(verifyLocalSignature(secret, key, `${expires}.5`, signature, beforeExpiry)).toBe(false);
    });
  });

  it("creates its directories when checked on a fresh data dir", async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), "hirefolio-fresh-")), "files");
    roots.push(path.dirname(root));
    await makeStorage(root).check();
    expect(existsSync(path.join(root, "tmp"))).toBe(true);
  });
});
