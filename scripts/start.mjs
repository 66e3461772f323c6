#!/usr/bin/env node
// `npm start`: builds the web app if its sources changed, then runs the API (:4000) and the web app (:3000).
// `--build-only` (npm run build) stops after the build; `--dev` runs Next.js in development mode instead.
import path from "node:path";
import { run, runToEnd, stopAll, waitForHttp } from "./lib/processes.mjs";
import { recordWebBuild, webBuildIsFresh } from "./lib/web-build.mjs";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const buildOnly = process.argv.includes("--build-only");
const apiPort = process.env.PORT ?? "4000";
const webPort = process.env.WEB_PORT ?? "3000";
const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${webPort}`;
const env = {
  NEXT_TELEMETRY_DISABLED: "1",
  PUBLIC_URL: publicUrl,
  API_INTERNAL_URL: process.env.API_INTERNAL_URL ?? `http://127.0.0.1:${apiPort}`,
};
const web = path.join(root, "apps/web");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

if (!dev && !webBuildIsFresh(root, env.API_INTERNAL_URL)) {
  console.log("Building the web app (the first start takes a minute or two)…");
  const code = await runToEnd(process.execPath, [nextBin, "build"], { cwd: web, env });
  if (code !== 0) process.exit(code);
  recordWebBuild(root, env.API_INTERNAL_URL);
}
if (buildOnly) process.exit(0);

const startedAt = Date.now();
const api = run(process.execPath, ["--import", "tsx", "src/server.ts"], {
  cwd: path.join(root, "apps/api"),
  env: { ...env, PORT: apiPort },
});
const children = [api];
const shutdown = async (code) => {
  await stopAll(children);
  process.exit(code);
};
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
api.on("exit", (code) => shutdown(code ?? 1));

await waitForHttp(`http://127.0.0.1:${apiPort}/api/v1/health`, { timeoutMs: 120_000, isReady: (r) => r.status < 500 });
const webServer = run(process.execPath, [nextBin, dev ? "dev" : "start", "-p", webPort], { cwd: web, env });
children.push(webServer);
webServer.on("exit", (code) => shutdown(code ?? 1));
await waitForHttp(`http://127.0.0.1:${webPort}/api/v1/health`, { timeoutMs: 120_000, isReady: (r) => r.status < 500 });
console.log(
  `\nHirefolio is running at ${publicUrl} (API docs at ${publicUrl}/docs), ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
);
