import { describe, expect, it } from "vitest";
import { testBackend } from "./support/backend";
import { signUp, startTestApp } from "./support/test-app";

const { app } = await startTestApp();

describe("platform", () => {
  it("reports which adapters run and that each answers", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/health" });
    expect(response.statusCode).toBe(200);
    const health = response.json();
    const services = testBackend() === "services";
    expect(health).toMatchObject({
      status: "ok",
      db: services ? "postgres" : "pglite",
      queue: services ? "bullmq" : "local",
      cache: services ? "redis" : "memory",
      storage: "local",
      ai: "offline",
      mail: "outbox",
    });
    for (const name of ["db", "queue", "cache", "storage", "mail", "ai"])
      expect(health.checks[name].ok, name).toBe(true);
  });

  it("publishes OpenAPI with an operationId on every route", async () => {
    const spec = (await app.inject({ method: "GET", url: "/docs/json" })).json();
    const operations = Object.values(spec.paths as Record<string, Record<string, { operationId?: string }>>).flatMap(
      (p) => Object.values(p),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const op of operations) expect(op.operationId).toBeTruthy();
    expect(spec.paths["/api/v1/me/applications"].get.operationId).toBe("listMyApplications");
    const docsPage = await app.inject({ method: "GET", url: "/docs/" });
    expect(docsPage.statusCode).toBe(200);
    expect(docsPage.body).toContain("swagger");
  });

  it("answers unknown routes and malformed JSON with problem+json", async () => {
    const missing = await app.inject({ method: "GET", url: "/api/v1/nope" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ status: 404, type: expect.stringMatching(/route-not-found$/) });
    const user = await signUp(app, "candidate");
    const bad = await app.inject({
      method: "PATCH",
      url: "/api/v1/me/profile",
      headers: { cookie: user.cookie, "content-type": "application/json" },
      payload: "{not json",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
  });

  it("refuses an oversized body with 413", async () => {
    const user = await signUp(app, "candidate");
    const response = await user.patch("/api/v1/me/profile", { headline: "x".repeat(2 * 1024 * 1024) });
    expect(response.statusCode).toBe(413);
    expect(response.json().type).toMatch(/payload-too-large$/);
  });

  it("refuses cross-site mutations that carry a session cookie (CSRF)", async () => {
    const user = await signUp(app, "candidate");
    const evil = await user.request(
      "PATCH",
      "/api/v1/me/profile",
      { headline: "pwned" },
      { origin: "https://evil.example" },
    );
    expect(evil.statusCode).toBe(403);
    expect(evil.json().type).toMatch(/cross-origin-request$/);
    const fetchSite = await user.request(
      "PATCH",
      "/api/v1/me/profile",
      { headline: "pwned" },
      { origin: "", "sec-fetch-site": "cross-site" },
    );
    expect(fetchSite.statusCode).toBe(403);
    expect((await user.get("/api/v1/me/profile")).json().headline).toBe("");
    const same = await user.patch("/api/v1/me/profile", { headline: "mine" });
    expect(same.statusCode).toBe(200);
  });

  it("sets security headers and echoes a request id", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/health", headers: { "x-request-id": "req-123" } });
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["strict-transport-security"]).toBeDefined();
    expect(response.headers["x-request-id"]).toBe("req-123");
  });

  it("validates profile fields, including the IANA time zone", async () => {
    const user = await signUp(app, "candidate");
    const bad = await user.patch("/api/v1/me/profile", { timezone: "Mars/Olympus" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: "body.timezone" });
    const ok = await user.patch("/api/v1/me/profile", {
      timezone: "America/New_York",
      skills: ["TypeScript", "typescript", "SQL", "React"],
      headline: "Dev",
      location: "NYC",
      targetRole: "Engineer",
    });
    expect(ok.json()).toMatchObject({
      timezone: "America/New_York",
      skills: ["TypeScript", "SQL", "React"],
      completeness: 100,
    });
  });
});
