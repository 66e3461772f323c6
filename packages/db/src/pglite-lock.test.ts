import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataDirLock } from "./pglite-lock";

const dir = () => mkdtempSync(path.join(tmpdir(), "hirefolio-lock-"));

describe("PGlite data directory lock", () => {
  it("refuses a second owner while the first process lives, naming it", async () => {
    const lockPath = path.join(dir(), "pg.lock");
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(lockPath, String(other.pid));
      expect(() => acquireDataDirLock(lockPath)).toThrow(new RegExp(`in use by process ${other.pid}.*DATABASE_URL`));
      expect(readFileSync(lockPath, "utf8")).toBe(String(other.pid));
    } finally {
      other.kill();
    }
  });

  it("takes over a stale lock whose process is gone, and releases it", async () => {
    const lockPath = path.join(dir(), "pg.lock");
    const gone = spawn(process.execPath, ["-e", "0"]);
    await new Promise((resolve) => gone.once("exit", resolve));
    writeFileSync(lockPath, String(gone.pid));
    const release = acquireDataDirLock(lockPath);
    expect(readFileSync(lockPath, "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(lockPath)).toBe(false);
  });
});
