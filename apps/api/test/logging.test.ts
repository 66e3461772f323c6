import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger";
import { signUp, startTestApp } from "./support/test-app";

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});
const { app } = await startTestApp({}, { logger: createLogger({ LOG_LEVEL: "info" }, sink) });

describe("request logs", () => {
  it("carry a request id and never the password, cookies or tokens", async () => {
    const user = await signUp(app, "candidate", { password: "super-secret-password-9" });
    await user.get("/api/v1/me");
    await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin: "http://localhost:3000", authorization: "Bearer secret-bearer-token" },
      payload: { email: user.email, password: "super-secret-password-9" },
    });
    const log = lines.join("");
    const entries = lines.map((l) => JSON.parse(l));
    expect(entries.some((e) => e.reqId && e.req?.url === "/api/v1/me")).toBe(true);
    expect(log).not.toContain("super-secret-password-9");
    expect(log).not.toContain("secret-bearer-token");
    expect(log).not.toContain(user.cookie.split("=")[1]!.slice(0, 20));
  });
});

describe("the logger", () => {
  it("redacts credentials wherever a log line carries them", () => {
    const captured: string[] = [];
    const logger = createLogger(
      { LOG_LEVEL: "info" },
      new Writable({
        write(chunk, _encoding, done) {
          captured.push(String(chunk));
          done();
        },
      }),
    );
    logger.info(
      {
        req: { headers: { cookie: "hirefolio.session_token=abc", authorization: "Bearer xyz" } },
        body: { password: "pw-123", token: "t-456" },
      },
      "incoming",
    );
    const line = JSON.parse(captured[0]!);
    expect(line.req.headers).toEqual({ cookie: "[redacted]", authorization: "[redacted]" });
    expect(line.body).toEqual({ password: "[redacted]", token: "[redacted]" });
  });
});
