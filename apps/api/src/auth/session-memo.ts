import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { SessionUser } from "../http/auth-guard";

/**
 * Resolving a session through better-auth costs about a millisecond of CPU, the largest part of a small
 * authenticated request. Resolved sessions are remembered per credential for a few seconds in this process —
 * shorter than better-auth's own 5-minute cookie cache, so revocation is no slower than it already is — and
 * forgotten at once when the credential signs out here.
 */
export class SessionMemo {
  private readonly entries: LRUCache<string, SessionUser>;

  constructor(ttlMs = 5_000, max = 20_000) {
    this.entries = new LRUCache({ max, ttl: ttlMs });
  }

  static keyOf(headers: { cookie?: string; authorization?: string }): string | undefined {
    if (!headers.cookie && !headers.authorization) return undefined;
    return createHash("sha256")
      .update(`${headers.cookie ?? ""}\n${headers.authorization ?? ""}`)
      .digest("base64url");
  }

  get(key: string | undefined) {
    return key ? this.entries.get(key) : undefined;
  }

  set(key: string | undefined, user: SessionUser) {
    if (key) this.entries.set(key, user);
  }

  forget(key: string | undefined) {
    if (key) this.entries.delete(key);
  }
}
