import { randomBytes } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { Db } from "@hirefolio/db";
import {
  type Badge,
  type BadgeEvaluation,
  type BadgeId,
  badgeIdSchema,
  type IssuedCredential,
  type Verification,
  type VerifyCredentialRequest,
} from "@hirefolio/shared";
import { achievement, badgeCredential, issuerProfile, issuerUrls } from "../../engines/badges/badge-credential";
import { badgeDefinition, badgeProgress } from "../../engines/badges/badge-rules";
import { type CredentialCheck, credentialChecks } from "../../engines/badges/credential-checks";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import * as repo from "./badges-repo";
import type { CredentialSigner } from "./credential-signer";

type Award = Awaited<ReturnType<typeof repo.listAwards>>[number];

/** JWT registered claims the signer adds around the credential; the credential itself is the rest of the payload. */
const jwtClaims = ["iss", "jti", "iat"];

function withoutJwtClaims(payload: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(payload).filter(([name]) => !jwtClaims.includes(name)));
}

export function createBadgesService(deps: { db: Db; clock: Clock; signer: CredentialSigner; publicUrl: string }) {
  const { db, clock, signer, publicUrl } = deps;
  const urls = issuerUrls(publicUrl);
  const credentialPrefix = urls.credential("");

  async function award(userId: string, email: string, badge: BadgeId, now: Date) {
    const id = crypto.randomUUID();
    const credential = badgeCredential({
      publicUrl,
      credentialId: id,
      badge: badgeDefinition(badge),
      recipient: { email, salt: randomBytes(16).toString("hex") },
      validFrom: now,
    });
    const jws = await signer.sign(credential);
    return repo.insertAward(db, { id, userId, badge, awardedAt: now, credential, jws });
  }

  async function factsOf(userId: string) {
    const found = await repo.loadBadgeFacts(db, userId);
    if (!found) throw problems.notFound("User");
    return found;
  }

  /** Without a valid signature nothing in the payload can be trusted, so the other checks are not run. */
  function unverified(detail: string): Verification {
    const notChecked = "Not checked: the signature did not verify";
    return {
      valid: false,
      checks: [
        { check: "signature", passed: false, detail },
        ...(["issuer", "expiry", "revocation", "subject"] as const).map((check) => ({
          check,
          passed: false,
          detail: notChecked,
        })),
      ],
      credential: null,
    };
  }

  async function findIssued(credentialUrl: unknown) {
    const url = String(credentialUrl ?? "");
    return url.startsWith(credentialPrefix) ? repo.findAward(db, url.slice(credentialPrefix.length)) : undefined;
  }

  function toBadges(progress: ReturnType<typeof badgeProgress>, awards: Award[]): Badge[] {
    const byBadge = new Map(awards.map((a) => [a.badge, a]));
    return progress.map(({ badge, current, target, hint }) => {
      const awarded = byBadge.get(badge);
      const { name, description, criteria } = badgeDefinition(badge);
      return {
        id: badge,
        name,
        description,
        criteria,
        image: urls.image(badge),
        // An award stays earned even if the activity behind it is later undone (a video deleted, say).
        earned: Boolean(awarded),
        awardedAt: awarded?.awardedAt ?? null,
        progress: awarded ? { current: target, target, hint } : { current, target, hint },
        credentialUrl: awarded ? urls.credential(awarded.id) : null,
      };
    });
  }

  /** Checks a JWS this issuer may have signed, and (when given) that the credential JSON is what it signed. */
  async function verifyJws(jws: string, body: VerifyCredentialRequest): Promise<Verification> {
    let payload: Record<string, unknown>;
    try {
      payload = await signer.verify(jws);
    } catch (error) {
      return unverified(`The signature does not verify with the issuer's key (${(error as Error).message})`);
    }
    const credential = withoutJwtClaims(payload);
    if (body.credential && !isDeepStrictEqual(body.credential, credential)) {
      return unverified("The credential differs from the one the issuer signed");
    }
    const stored = await findIssued(credential.id);
    const checks: CredentialCheck[] = [
      { check: "signature", passed: true, detail: "Signed with the issuer's Ed25519 key (EdDSA)" },
      ...credentialChecks(credential, {
        publicUrl,
        now: clock.now(),
        award: stored ? { revoked: stored.revoked } : null,
        recipientEmail: body.recipientEmail,
      }),
    ];
    return { valid: checks.every((c) => c.passed), checks, credential };
  }

  const service = {
    /**
     * Awards every badge whose rule the user's activity now meets and that they do not hold yet. Safe to call
     * any number of times, also concurrently: an award is unique per user and badge.
     */
    async evaluate(userId: string): Promise<BadgeEvaluation> {
      const [{ email, facts }, held] = await Promise.all([factsOf(userId), repo.listAwards(db, userId)]);
      const progress = badgeProgress(facts);
      const heldBadges = new Set(held.map((a) => a.badge));
      const now = clock.now();
      const awarded: BadgeId[] = [];
      for (const { badge, earned } of progress) {
        if (earned && !heldBadges.has(badge) && (await award(userId, email, badge, now))) awarded.push(badge);
      }
      const awards = awarded.length > 0 ? await repo.listAwards(db, userId) : held;
      return { awarded, items: toBadges(progress, awards) };
    },

    /**
     * The user's badges, awarding any whose activity happened where no trigger queues an evaluation (an application
     * sent, a profile completed): looking at one's badges never shows one as unearned that the rules award.
     */
    async list(userId: string) {
      return { items: (await service.evaluate(userId)).items };
    },

    /** Earned, unrevoked badges as a public portfolio shows them, each with the URL that verifies it. */
    async earned(userId: string) {
      const awards = (await repo.listAwards(db, userId)).filter((a) => !a.revoked);
      return awards
        .sort((a, b) => a.awardedAt.localeCompare(b.awardedAt) || a.badge.localeCompare(b.badge))
        .map((a) => {
          const { name, description } = badgeDefinition(badgeIdSchema.parse(a.badge));
          return { badge: a.badge, name, description, awardedAt: a.awardedAt, verifyUrl: urls.credential(a.id) };
        });
    },

    issuer: () => issuerProfile(publicUrl),

    jwks: () => signer.jwks(),

    achievement(badge: string) {
      const parsed = badgeIdSchema.safeParse(badge);
      if (!parsed.success) throw problems.notFound("Achievement");
      return {
        "@context": issuerProfile(publicUrl)["@context"],
        ...achievement(publicUrl, badgeDefinition(parsed.data)),
      };
    },

    async credential(id: string): Promise<IssuedCredential> {
      const found = await repo.findAward(db, id);
      if (!found) throw problems.notFound("Credential");
      return {
        id: found.id,
        status: found.revoked ? "revoked" : "active",
        credential: found.credential,
        jws: found.jws,
      };
    },

    async verify(body: VerifyCredentialRequest): Promise<Verification> {
      if (body.jws) return verifyJws(body.jws, body);
      // Credential JSON carries no proof of its own: it is checked against the JWS issued under its id.
      const stored = await findIssued(body.credential?.id);
      if (!stored) return unverified("This issuer has no signed credential with that id");
      return verifyJws(stored.jws, body);
    },
  };
  return service;
}

export type BadgesService = ReturnType<typeof createBadgesService>;
