import { spawn } from "node:child_process";
import net from "node:net";

/** Starts a child that shares our terminal; returns it so callers can stop it. */
export function run(command, args, options = {}) {
  return spawn(command, args, { stdio: "inherit", ...options, env: { ...process.env, ...options.env } });
}

/** Runs a command to completion and resolves with its exit code. */
export function runToEnd(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = run(command, args, options);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function waitForHttp(url, { timeoutMs = 60_000, isReady = (r) => r.ok } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (isReady(response)) return response;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error.cause?.code ?? error.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${lastError})`);
}

export function portReachable(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: timeoutMs });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.on("connect", () => done(true));
    socket.on("error", () => done(false));
    socket.on("timeout", () => done(false));
  });
}

/** Stops children and waits for them, so ports and the PGlite lock are free afterwards. */
export async function stopAll(children, signal = "SIGTERM") {
  await Promise.all(
    children
      .filter((c) => c.exitCode === null && c.signalCode === null)
      .map(
        (child) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
            child.once("exit", () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill(signal);
          }),
      ),
  );
}
