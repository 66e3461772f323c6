import type { Verification } from "@hirefolio/shared";
import { badgeIds } from "@hirefolio/shared";
import { emailIdentityHash, issuerUrls } from "./badge-credential";

export type CredentialCheck = Verification["checks"][number];

export interface CheckContext {
  publicUrl: string;
  now: Date;
  /** The award behind the credential's id, as this issuer recorded it; null when it never issued that id. */
  award: { revoked: boolean } | null;
  recipientEmail?: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const hasType = (value: unknown, type: string) =>
  isObject(value) && Array.isArray(value.type) && (value.type as unknown[]).includes(type);

function issuerCheck(credential: Json, issuerId: string): CredentialCheck {
  const issuer = credential.issuer;
  const id = isObject(issuer) ? issuer.id : issuer;
  const passed = id === issuerId && (credential.iss === undefined || credential.iss === issuerId);
  return {
    check: "issuer",
    passed,
    detail: passed ? `Issued by ${issuerId}` : `The issuer ${String(id)} is not this service (${issuerId})`,
  };
}

function expiryCheck(credential: Json, now: Date): CredentialCheck {
  const from = Date.parse(String(credential.validFrom));
  const until = credential.validUntil === undefined ? undefined : Date.parse(String(credential.validUntil));
  if (Number.isNaN(from)) return { check: "expiry", passed: false, detail: "validFrom is missing or not a date" };
  if (from > now.getTime()) return { check: "expiry", passed: false, detail: "Not valid yet (validFrom is later)" };
  if (until !== undefined && !(until > now.getTime())) {
    return { check: "expiry", passed: false, detail: "Expired (validUntil has passed)" };
  }
  return {
    check: "expiry",
    passed: true,
    detail: until === undefined ? "Valid, with no expiry" : "Valid until validUntil",
  };
}

function revocationCheck(award: CheckContext["award"]): CredentialCheck {
  if (!award) return { check: "revocation", passed: false, detail: "This issuer has no record of the credential" };
  return award.revoked
    ? { check: "revocation", passed: false, detail: "Revoked by the issuer" }
    : { check: "revocation", passed: true, detail: "Not revoked" };
}

function subjectCheck(credential: Json, publicUrl: string, recipientEmail: string | undefined): CredentialCheck {
  const subject = credential.credentialSubject;
  const achievementId = isObject(subject) && isObject(subject.achievement) ? subject.achievement.id : undefined;
  const knownAchievement = badgeIds.some((badge) => issuerUrls(publicUrl).achievement(badge) === achievementId);
  if (!hasType(subject, "AchievementSubject") || !knownAchievement) {
    return { check: "subject", passed: false, detail: "The subject is not an AchievementSubject of a known badge" };
  }
  const identity = ((subject as Json).identifier as unknown[] | undefined)?.find(isObject);
  if (!identity || typeof identity.identityHash !== "string") {
    return { check: "subject", passed: false, detail: "The subject names no recipient" };
  }
  if (recipientEmail === undefined) {
    return { check: "subject", passed: true, detail: "Recipient identified by a salted email hash" };
  }
  const matches = emailIdentityHash(recipientEmail, String(identity.salt ?? "")) === identity.identityHash;
  return {
    check: "subject",
    passed: matches,
    detail: matches ? "Issued to the given email address" : "Not issued to the given email address",
  };
}

/**
 * Everything a verifier checks once the signature holds: who issued it, whether it is valid now, whether the issuer
 * revoked it, and who it was issued to. Pure, so every failure case is a unit test.
 */
export function credentialChecks(credential: Json, context: CheckContext): CredentialCheck[] {
  return [
    issuerCheck(credential, issuerUrls(context.publicUrl).issuer),
    expiryCheck(credential, context.now),
    revocationCheck(context.award),
    subjectCheck(credential, context.publicUrl, context.recipientEmail),
  ];
}
