import { defineConfig } from "@playwright/test";

/** Browser tests against a running Hirefolio (`npm run test:e2e` starts one; or set E2E_BASE_URL). */
export default defineConfig({
  testDir: "e2e",
  outputDir: "e2e/artifacts",
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "e2e/artifacts/results.json" }]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://localhost:3000",
    screenshot: "on",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's system Chromium; Playwright's own browser downloads are not used.
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
});
