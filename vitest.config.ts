import { defineConfig } from "vitest/config";

// TEST_BACKEND=services runs the same suite against PostgreSQL, Redis (BullMQ, cache) instead of PGlite.
export default defineConfig({
  test: {
    include: [
      "apps/api/src/**/*.test.ts",
      "apps/api/test/**/*.test.ts",
      "apps/web/src/**/*.test.ts",
      "packages/*/src/**/*.test.ts",
    ],
    globalSetup: ["apps/api/test/support/global-setup.ts"],
    reporters: ["default", "./scripts/count-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
