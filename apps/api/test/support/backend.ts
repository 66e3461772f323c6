/** Which real services a test run uses: embedded (PGlite, in-process queue, memory cache) or the real ones. */
export type TestBackend = "embedded" | "services";

export function testBackend(): TestBackend {
  return process.env.TEST_BACKEND === "services" ? "services" : "embedded";
}

export const testPostgresUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const testRedisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

export function databaseUrlFor(name: string): string {
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
