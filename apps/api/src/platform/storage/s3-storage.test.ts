import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Storage } from "./s3-storage";
import { describeStorageContract } from "./storage-contract";

// s3rver speaks the S3 protocol from a temp dir, so the real AWS SDK requests, signing and presigning are exercised.
const directory = mkdtempSync(path.join(tmpdir(), "hirefolio-s3rver-"));
const server = new S3rver({
  port: 0,
  address: "127.0.0.1",
  silent: true,
  directory,
  configureBuckets: [{ name: "test" }],
});
let endpoint = "";

beforeAll(async () => {
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

function makeStorage(bucket = "test") {
  // s3rver accepts only its built-in credentials.
  return new S3Storage({ endpoint, bucket, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", region: "us-east-1" });
}

describeStorageContract("s3", () => makeStorage());

describe("S3Storage", () => {
  it("presigns a GET URL that downloads the bytes without credentials", async () => {
    const storage = makeStorage();
    const body = Buffer.from("presigned video bytes \u{1F3A5}");
    await storage.put("videos/intro clip.webm", body, { contentType: "video/webm" });

    const url = await storage.signedUrl("videos/intro clip.webm", { expiresInSeconds: 120 });
    expect(url).toContain("X-Amz-Signature=");
    expect(url).toContain("X-Amz-Expires=120");
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("video/webm");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(body);

    const tampered = await fetch(url.replace("intro%20clip", "other"));
    expect(tampered.ok).toBe(false);
  });

  it("fails its health check for a bucket that does not exist", async () => {
    await expect(makeStorage("no-such-bucket").check()).rejects.toThrow();
  });
});
