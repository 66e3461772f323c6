import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

const dataDir = mkdtempSync(path.join(tmpdir(), "hirefolio-config-"));

describe("config", () => {
  it("starts with embedded defaults when nothing is set", () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({ PORT: 4000, PUBLIC_URL: "http://localhost:3000" });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.s3).toBeUndefined();
    expect(config.llm).toBeUndefined();
    expect(config.SESSION_SECRET).toHaveLength(64);
    expect(loadConfig({ DATA_DIR: dataDir }).SESSION_SECRET).toBe(config.SESSION_SECRET);
  });

  it("names every bad variable in one message", () => {
    const load = () => loadConfig({ DATA_DIR: dataDir, PORT: "eighty", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/PORT/);
    expect(load).toThrow(/DATABASE_URL: must be a URL like postgres:/);
    expect(load).toThrow(/LOG_LEVEL/);
  });

  it("asks for the rest of a group when only part of it is set", () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, S3_ENDPOINT: "https://s3.example.com", S3_BUCKET: "b" })).toThrow(
      /S3_ACCESS_KEY, S3_SECRET_KEY: required when S3_ENDPOINT, S3_BUCKET are set/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir, GOOGLE_CLIENT_ID: "id" })).toThrow(/GOOGLE_CLIENT_SECRET/);
  });

  it("requires a real session secret in production", () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, NODE_ENV: "production" })).toThrow(/SESSION_SECRET: required/);
    expect(() => loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: "short" })).toThrow(
      /SESSION_SECRET: must be at least 32/,
    );
    const production = loadConfig({ DATA_DIR: dataDir, NODE_ENV: "production", SESSION_SECRET: "x".repeat(40) });
    expect(production.devOutboxPublic).toBe(false);
  });

  it("treats empty values as unset and builds the adapter settings", () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      LLM_BASE_URL: "http://127.0.0.1:11434/v1",
      LLM_MODEL: "llama3.1",
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_BUCKET: "media",
      S3_ACCESS_KEY: "a",
      S3_SECRET_KEY: "s",
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.llm).toEqual({ baseURL: "http://127.0.0.1:11434/v1", apiKey: undefined, model: "llama3.1" });
    expect(config.s3).toMatchObject({ bucket: "media", region: "us-east-1" });
  });
});
