import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config";
import type { Auth } from "./create-auth";
import { SessionMemo } from "./session-memo";

/** Endpoints that guess or spend a secret get the strict per-IP limit; the rest the general one. */
const sensitivePaths = [
  "/api/auth/sign-in/email",
  "/api/auth/sign-up/email",
  "/api/auth/request-password-reset",
  "/api/auth/reset-password",
  "/api/auth/send-verification-email",
];

function toWebRequest(request: FastifyRequest, publicUrl: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD" && request.body !== undefined;
  return new Request(new URL(request.url, publicUrl), {
    method: request.method,
    headers,
    body: hasBody ? JSON.stringify(request.body) : undefined,
  });
}

async function sendWebResponse(reply: FastifyReply, response: Response) {
  reply.status(response.status);
  for (const [name, value] of response.headers) {
    if (name !== "set-cookie") reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) reply.header("set-cookie", cookies);
  return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
}

/** Calls that end or change a session; the memo must not answer for their credentials afterwards. */
const sessionEndingPaths = [
  "/api/auth/sign-out",
  "/api/auth/revoke-session",
  "/api/auth/revoke-sessions",
  "/api/auth/revoke-other-sessions",
  "/api/auth/update-user",
  "/api/auth/change-password",
];

export function registerAuthRoutes(app: FastifyInstance, auth: Auth, config: Config, memo: SessionMemo) {
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    if (sessionEndingPaths.includes(request.url.split("?")[0] ?? "")) memo.forget(SessionMemo.keyOf(request.headers));
    return sendWebResponse(reply, await auth.handler(toWebRequest(request, config.PUBLIC_URL)));
  };

  for (const url of sensitivePaths) {
    app.route({
      method: "POST",
      url,
      schema: { hide: true },
      config: { rateLimit: { max: config.AUTH_RATE_LIMIT_PER_MINUTE, timeWindow: "1 minute" } },
      handler,
    });
  }
  app.route({ method: ["GET", "POST"], url: "/api/auth/*", schema: { hide: true }, handler });
}
