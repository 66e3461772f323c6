import { z } from "zod";

/** The badges the platform awards, each earned by a rule over the candidate's real activity. */
export const badgeIds = [
  "first-application",
  "profile-complete",
  "video-intro",
  "ats-80",
  "first-interview",
  "portfolio-published",
  "endorsed-3",
] as const;
export const badgeIdSchema = z.enum(badgeIds);
export type BadgeId = z.infer<typeof badgeIdSchema>;

export const badgeSchema = z.object({
  id: badgeIdSchema,
  name: z.string(),
  description: z.string(),
  criteria: z.string().describe("What earns the badge, in plain words (the credential's criteria narrative)"),
  image: z.string().describe("Absolute URL of the badge's SVG image"),
  earned: z.boolean(),
  awardedAt: z.string().nullable(),
  progress: z.object({
    current: z.number().int().min(0),
    target: z.number().int().min(1),
    hint: z.string().describe('What is left, e.g. "2 of 3 endorsements"'),
  }),
  credentialUrl: z
    .string()
    .nullable()
    .describe("Public URL of the signed Open Badges 3.0 credential, once the badge is earned"),
});
export type Badge = z.infer<typeof badgeSchema>;

export const myBadgesSchema = z.object({ items: z.array(badgeSchema) });
export type MyBadges = z.infer<typeof myBadgesSchema>;

export const badgeEvaluationSchema = myBadgesSchema.extend({
  awarded: z.array(badgeIdSchema).describe("Badges earned by this evaluation (already earned ones are not repeated)"),
});
export type BadgeEvaluation = z.infer<typeof badgeEvaluationSchema>;

const jsonObject = z.record(z.string(), z.unknown());

/** The issuer's Open Badges 3.0 `Profile`. */
export const issuerProfileSchema = z
  .object({ id: z.string(), type: z.array(z.string()), name: z.string(), url: z.string() })
  .catchall(z.unknown());

export const jwksSchema = z.object({ keys: z.array(jsonObject) });

export const issuedCredentialSchema = z.object({
  id: z.string(),
  status: z.enum(["active", "revoked"]),
  credential: jsonObject.describe("The OpenBadgeCredential (W3C VC 2.0) exactly as signed"),
  jws: z.string().describe("The credential secured as a VC-JOSE JWT: compact JWS, alg EdDSA (Ed25519)"),
});
export type IssuedCredential = z.infer<typeof issuedCredentialSchema>;

export const verifyCredentialRequestSchema = z
  .object({
    jws: z.string().max(20_000).optional(),
    credential: jsonObject.optional().describe("The credential JSON; it is checked against the JWS issued for its id"),
    recipientEmail: z
      .email()
      .optional()
      .describe("When given, the subject check confirms the credential was issued to this address"),
  })
  .refine((body) => Boolean(body.jws) !== Boolean(body.credential), "Send either jws or credential");
export type VerifyCredentialRequest = z.infer<typeof verifyCredentialRequestSchema>;

export const verificationCheckNames = ["signature", "issuer", "expiry", "revocation", "subject"] as const;
export const verificationSchema = z.object({
  valid: z.boolean(),
  checks: z.array(z.object({ check: z.enum(verificationCheckNames), passed: z.boolean(), detail: z.string() })),
  credential: jsonObject.nullable().describe("The verified credential when the signature holds"),
});
export type Verification = z.infer<typeof verificationSchema>;
