import { createHash, randomBytes } from "node:crypto";

/** A bearer token for a link that works without signing in: 192 random bits, URL-safe. */
export function newSecretToken() {
  return randomBytes(24).toString("base64url");
}

/** What is stored instead of the token, so a leaked database row does not open the link. */
export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}
