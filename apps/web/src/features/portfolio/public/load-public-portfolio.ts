import type { PublicPortfolio } from "@hirefolio/shared";

const apiOrigin = process.env.API_INTERNAL_URL ?? "http://127.0.0.1:4000";

/** The visitor's request headers, by name (lower case). */
export type IncomingHeaders = { get(name: string): string | null };

/**
 * The page's one API call, made on the server. The visitor's cookie goes along so a signed-in employer is
 * attributed (and the owner sees a private page), and their address and browser so the API counts the visitor, not
 * this server. null when the API says 404: unknown, private, or unlisted without the right token.
 */
export async function loadPublicPortfolio(handle: string, token: string | undefined, incoming: IncomingHeaders) {
  const forwarded = new Headers({ accept: "application/json" });
  for (const name of ["cookie", "user-agent", "x-forwarded-for"]) {
    const value = incoming.get(name);
    if (value) forwarded.set(name, value);
  }
  const query = token ? `?${new URLSearchParams({ token })}` : "";
  const response = await fetch(`${apiOrigin}/api/v1/portfolios/${encodeURIComponent(handle)}${query}`, {
    headers: forwarded,
    cache: "no-store",
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Portfolio read failed: ${response.status}`);
  return (await response.json()) as PublicPortfolio;
}

/** The site's public origin for canonical and share links; behind a proxy the forwarded host is the real one. */
export function siteOrigin(incoming: IncomingHeaders) {
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host") ?? "localhost:3000";
  const proto = incoming.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto.split(",")[0]}://${host.split(",")[0]}`;
}
