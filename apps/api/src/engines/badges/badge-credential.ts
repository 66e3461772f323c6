import { createHash } from "node:crypto";
import type { BadgeDefinition } from "./badge-rules";

export const credentialContexts = [
  "https://www.w3.org/ns/credentials/v2",
  "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
] as const;

export const issuerName = "Hirefolio";

/** Where the issuer's documents live; every id in a credential is a URL a verifier can open. */
export function issuerUrls(publicUrl: string) {
  const api = `${publicUrl}/api/v1`;
  return {
    issuer: `${api}/issuer`,
    jwks: `${api}/issuer/jwks`,
    credential: (id: string) => `${api}/credentials/${id}`,
    achievement: (badge: string) => `${api}/issuer/achievements/${badge}`,
    image: (badge: string) => `${publicUrl}/badges/${badge}.svg`,
  };
}

/** The issuer's Open Badges 3.0 Profile. */
export function issuerProfile(publicUrl: string) {
  return {
    "@context": [...credentialContexts],
    id: issuerUrls(publicUrl).issuer,
    type: ["Profile"],
    name: issuerName,
    url: publicUrl,
    description: "Hirefolio awards badges for real activity on the platform: applications, interviews, portfolios.",
  };
}

/** An Open Badges 3.0 Achievement for a badge. */
export function achievement(publicUrl: string, badge: BadgeDefinition) {
  const urls = issuerUrls(publicUrl);
  return {
    id: urls.achievement(badge.id),
    type: ["Achievement"],
    name: badge.name,
    description: badge.description,
    criteria: { narrative: badge.criteria },
    image: { id: urls.image(badge.id), type: "Image" },
  };
}

/**
 * OB 3.0 recipient identity: sha256 of the email address with a salt, so the credential names its recipient
 * without publishing the address, yet anyone who knows the address can confirm it.
 */
export function emailIdentityHash(email: string, salt: string) {
  return `sha256$${createHash("sha256")
    .update(email.trim().toLowerCase() + salt)
    .digest("hex")}`;
}

export interface CredentialInput {
  publicUrl: string;
  credentialId: string;
  badge: BadgeDefinition;
  recipient: { email: string; salt: string };
  validFrom: Date;
}

/** The unsigned OpenBadgeCredential (W3C Verifiable Credentials Data Model 2.0). */
export function badgeCredential({ publicUrl, credentialId, badge, recipient, validFrom }: CredentialInput) {
  const urls = issuerUrls(publicUrl);
  return {
    "@context": [...credentialContexts],
    id: urls.credential(credentialId),
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: badge.name,
    issuer: { id: urls.issuer, type: ["Profile"], name: issuerName },
    // Second precision: VC dateTimeStamp allows fractions, but whole seconds match the JWT's iat exactly.
    validFrom: `${validFrom.toISOString().slice(0, 19)}Z`,
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [
        {
          type: "IdentityObject",
          identityType: "emailAddress",
          hashed: true,
          identityHash: emailIdentityHash(recipient.email, recipient.salt),
          salt: recipient.salt,
        },
      ],
      achievement: achievement(publicUrl, badge),
    },
  };
}

export type BadgeCredential = ReturnType<typeof badgeCredential>;
