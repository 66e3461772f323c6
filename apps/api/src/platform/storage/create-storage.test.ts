import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { createStorage } from "./create-storage";

const base = { S3_FORCE_PATH_STYLE: true, PUBLIC_URL: "http://localhost:3000", SESSION_SECRET: "x".repeat(32) };

it("stores files under DATA_DIR/files without S3 settings", async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hirefolio-data-"));
  try {
    const storage = createStorage({ ...base, DATA_DIR: dataDir, s3: undefined });
    expect(storage.kind).toBe("local");
    await storage.put("a.txt", Buffer.from("hi"), { contentType: "text/plain" });
    expect((await storage.get("a.txt")).toString()).toBe("hi");
    expect(
      (await storage.signedUrl("a.txt", { expiresInSeconds: 60 })).startsWith(`${base.PUBLIC_URL}/api/v1/files/a.txt?`),
    ).toBe(true);
    expect(existsSync(path.join(dataDir, "files", "objects", "a.txt"))).toBe(true);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

it("uses S3 when S3 settings are present", () => {
  const s3 = {
    endpoint: "http://127.0.0.1:9000",
    bucket: "b",
    accessKeyId: "k",
    secretAccessKey: "s",
    region: "us-east-1",
  };
  expect(createStorage({ ...base, DATA_DIR: "/unused", s3 }).kind).toBe("s3");
});
