import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyBaseLogger, InjectOptions } from "fastify";
import { afterAll } from "vitest";
import { type App, buildApp } from "../../src/app";
import type { AppDeps } from "../../src/app-deps";
import { loadConfig } from "../../src/config";
import { closeAdapters, openAdapters } from "../../src/platform/open-adapters";
import { testBackend, testRedisUrl } from "./backend";
import { openTestDatabase } from "./test-database";

export interface TestApp {
  app: App;
  deps: AppDeps;
}

/**
 * The real app on a database of its own: PGlite, the in-process queue and memory cache by default;
 * PostgreSQL, BullMQ and the Redis cache when TEST_BACKEND=services. Closed after the file's tests.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { logger?: FastifyBaseLogger; startWorkers?: boolean } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "hirefolio-app-"));
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    PUBLIC_URL: "http://localhost:3000",
    SESSION_SECRET: "test-secret-that-is-long-enough-for-better-auth",
    RATE_LIMIT_PER_MINUTE: "100000",
    AUTH_RATE_LIMIT_PER_MINUTE: "100000",
    ...(testBackend() === "services" ? { REDIS_URL: testRedisUrl } : {}),
    ...env,
  });
  const deps = await openAdapters(config, {
    database: await openTestDatabase(),
    namespace: `hf-test-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
  });
  const app = await buildApp(deps, { logger: options.logger });
  if (options.startWorkers !== false) await deps.queue.startWorkers();
  afterAll(async () => {
    await app.close();
    await closeAdapters(deps);
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { app, deps };
}

let userCounter = 0;
export const defaultTestPassword = "correct-horse-battery";

/** A signed-in user that sends its session cookie with every request, as a browser would. */
export class TestUser {
  constructor(
    readonly app: App,
    readonly id: string,
    readonly email: string,
    readonly cookie: string,
  ) {}

  request(method: InjectOptions["method"], url: string, payload?: unknown, headers: Record<string, string> = {}) {
    return this.app.inject({
      method,
      url,
      headers: { cookie: this.cookie, origin: "http://localhost:3000", ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }
  get(url: string) {
    return this.request("GET", url);
  }
  post(url: string, payload: unknown = {}) {
    return this.request("POST", url, payload);
  }
  patch(url: string, payload: unknown) {
    return this.request("PATCH", url, payload);
  }
  put(url: string, payload: unknown) {
    return this.request("PUT", url, payload);
  }
  delete(url: string) {
    return this.request("DELETE", url);
  }
}

export function cookieHeaderFrom(setCookie: string | string[] | undefined) {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.map((c) => c.split(";")[0]).join("; ");
}

export async function signUp(
  app: App,
  role: "candidate" | "recruiter",
  overrides: { name?: string; email?: string; password?: string } = {},
): Promise<TestUser> {
  const n = ++userCounter;
  const email = overrides.email ?? `${role}${n}-${Date.now().toString(36)}@example.test`;
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    headers: { origin: "http://localhost:3000" },
    payload: {
      name: overrides.name ?? `${role} ${n}`,
      email,
      password: overrides.password ?? defaultTestPassword,
      role,
    },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  return new TestUser(app, response.json().user.id, email, cookieHeaderFrom(response.headers["set-cookie"]));
}

/** Signs in with a password, e.g. after the account changed, since a fresh session carries the current user. */
export async function signIn(
  app: App,
  email: string,
  password = defaultTestPassword,
  headers: Record<string, string> = {},
) {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: { origin: "http://localhost:3000", ...headers },
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return new TestUser(app, response.json().user.id, email, cookieHeaderFrom(response.headers["set-cookie"]));
}

/** A recruiter who owns a fresh employer, with an open job. */
export async function recruiterWithJob(app: App, jobOverrides: Record<string, unknown> = {}) {
  const recruiter = await signUp(app, "recruiter");
  const employer = (await recruiter.post("/api/v1/employers", { name: `Acme ${recruiter.id.slice(0, 6)}` })).json();
  const job = (
    await recruiter.post(`/api/v1/employers/${employer.id}/jobs`, {
      title: "Backend Engineer",
      description: "Build APIs with TypeScript and PostgreSQL.",
      status: "open",
      ...jobOverrides,
    })
  ).json();
  return { recruiter, employer, job };
}
