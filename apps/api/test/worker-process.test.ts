import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testBackend, testRedisUrl } from "./support/backend";
import { waitForMail } from "./support/outbox";
import { signUp, startTestApp } from "./support/test-app";

// `npm run worker` exists only with Redis (BullMQ) and PostgreSQL; the embedded stack runs jobs inside the API.
describe.skipIf(testBackend() !== "services")("the separate worker process", async () => {
  const { app, deps } = await startTestApp({}, { startWorkers: false });

  it("runs jobs the API enqueued: the sign-up email reaches the outbox only through `npm run worker`", async () => {
    const worker = spawn(process.execPath, ["--import", "tsx", "src/worker.ts"], {
      cwd: path.resolve(import.meta.dirname, ".."),
      env: {
        ...process.env,
        DATABASE_URL: String(deps.database.pool?.options.connectionString),
        REDIS_URL: testRedisUrl,
        REDIS_PREFIX: deps.namespace,
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "hirefolio-worker-")),
        SESSION_SECRET: deps.config.SESSION_SECRET,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    afterAll(() => {
      worker.kill("SIGTERM");
    });
    const user = await signUp(app, "candidate");
    const mail = await waitForMail(deps, user.email, "Confirm your email", 20_000);
    expect(mail.text).toContain("/api/auth/verify-email?token=");
  });
});
