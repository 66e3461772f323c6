import type { FastifyRequest } from "fastify";
import { problems } from "./problem";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF protection for cookie sessions, by origin rather than tokens: browsers always send
 * Sec-Fetch-Site or Origin on cross-site requests, so a mutating request is refused when either
 * says it came from another site. Clients that send neither (curl, servers) are not browsers and
 * cannot carry a victim's cookies.
 */
export function createCrossOriginGuard(trustedOrigins: string[]) {
  const trusted = new Set(trustedOrigins.map((o) => new URL(o).origin));
  return async function crossOriginGuard(request: FastifyRequest) {
    if (safeMethods.has(request.method)) return;
    const fetchSite = request.headers["sec-fetch-site"];
    const origin = request.headers.origin;
    if (origin && origin !== "null" && trusted.has(origin)) return;
    if (origin || fetchSite === "cross-site" || fetchSite === "same-site") throw problems.crossOrigin();
  };
}
