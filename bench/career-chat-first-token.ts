/**
 * Career Coach latency after a start (issue 5: offline chat first token < 300 ms): a fresh process builds the app on
 * PGlite, listens, signs a candidate up and waits for the background warm-up the server runs at start; then it
 * times, over real HTTP, each chat request from send to the first text delta of the streamed answer — the first
 * request after start, then 20 more. Also prints the process RSS before and after the warm-up.
 *
 *   node --import tsx bench/career-chat-first-token.ts          (BENCH_PORT=4094 by default)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runMigrations } from "@hirefolio/db";
import { buildApp } from "../apps/api/src/app";
import { loadConfig } from "../apps/api/src/config";
import { closeAdapters, openAdapters } from "../apps/api/src/platform/open-adapters";
import { percentile } from "./support/percentiles";

const port = Number(process.env.BENCH_PORT ?? 4094);
const origin = "http://localhost:3000";
const url = `http://127.0.0.1:${port}`;
const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
/** Every coach tool once or more, so the later requests are not all the cheapest one. */
const questions = [
  "How do I get from registered nurse to nurse practitioner?",
  "What is the salary for a web developer?",
  "What skills do I need to go from cashier to bookkeeping clerk?",
  "Let's do interview practice for software developers",
  "What is a data scientist?",
  "Make me a learning plan from web developer to software developer with 6 hours a week",
  "What does a truck driver earn?",
];

const dataDir = mkdtempSync(path.join(tmpdir(), "hirefolio-bench-chat-"));
const config = loadConfig({
  NODE_ENV: "production",
  DATA_DIR: dataDir,
  PUBLIC_URL: origin,
  SESSION_SECRET: "bench-secret-that-is-long-enough-for-better-auth",
  RATE_LIMIT_PER_MINUTE: "100000000",
  AUTH_RATE_LIMIT_PER_MINUTE: "100000000",
  SEED_DEMO: "false",
  DATABASE_URL: "",
  REDIS_URL: "",
});
const deps = await openAdapters(config, {});
await runMigrations(deps.database);
const app = await buildApp(deps, {});
await app.listen({ host: "127.0.0.1", port });
const rssBeforeWarmUp = rssMb();
let started = performance.now();
// As server.ts does: warm up in the background once listening.
const warm = app.warmUp();

async function call(method: string, route: string, cookie: string, body: unknown) {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { "content-type": "application/json", origin, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return response;
}

async function signUp(n: number): Promise<string> {
  const response = await call("POST", "/api/auth/sign-up/email", "", {
    name: `Bench Candidate ${n}`,
    email: `chat-${n}-${Date.now().toString(36)}@bench.test`,
    password: "bench-password-1",
    role: "candidate",
  });
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

// The coach allows 20 messages a minute per user: two users share the 21 requests.
const cookies = [await signUp(1), await signUp(2)];
await warm;
const warmUpMs = performance.now() - started;
const rssAfterWarmUp = rssMb();

/** Milliseconds from sending the question to the first text delta; the stream is then read to its end. */
async function firstTextDelta(question: string, cookie: string): Promise<number> {
  const conversation = (await (await call("POST", "/api/v1/career-chat/conversations", cookie, {})).json()) as {
    id: string;
  };
  started = performance.now();
  const response = await call("POST", `/api/v1/career-chat/conversations/${conversation.id}/messages`, cookie, {
    messages: [{ id: "bench-1", role: "user", parts: [{ type: "text", text: question }] }],
  });
  const decoder = new TextDecoder();
  let seen = "";
  let firstMs: number | undefined;
  for await (const chunk of response.body!) {
    seen += decoder.decode(chunk, { stream: true });
    if (firstMs === undefined && seen.includes('"type":"text-delta"')) firstMs = performance.now() - started;
  }
  if (firstMs === undefined) throw new Error(`no text in the answer to "${question}": ${seen.slice(0, 300)}`);
  return firstMs;
}

const first = await firstTextDelta(questions[0]!, cookies[0]!);
const later: number[] = [];
for (let k = 1; k <= 20; k++) later.push(await firstTextDelta(questions[k % questions.length]!, cookies[k % 2]!));
const rssAfterChats = rssMb();
const sorted = [...later].sort((a, b) => a - b);

console.log(`warm-up (ATS + career indexes, in the background): ${warmUpMs.toFixed(0)} ms`);
console.log(
  `RSS: ${rssBeforeWarmUp} MB listening, ${rssAfterWarmUp} MB after warm-up, ${rssAfterChats} MB after chats`,
);
console.log(`first chat request after start, to first text delta: ${first.toFixed(0)} ms (target < 300 ms)`);
console.log(
  `next 20 requests: p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms`,
);

await app.close();
await closeAdapters(deps);
rmSync(dataDir, { recursive: true, force: true });
