import { createHmac } from "node:crypto";

/**
 * HMAC-SHA-256 of address, browser and UTC day under a server secret: the same visitor gets the same key all day
 * (so reloads count once) and a new one tomorrow, and without the secret the key cannot be tested against an address.
 * `scope` keeps keys of different features apart, so one feature's table says nothing about another's visitors.
 */
export function visitorKey(secret: string, scope: string, visitor: { ip: string; userAgent: string }, now: Date) {
  const day = now.toISOString().slice(0, 10);
  return createHmac("sha256", secret)
    .update(`${scope}\n${day}\n${visitor.ip}\n${visitor.userAgent}`)
    .digest("base64url");
}
