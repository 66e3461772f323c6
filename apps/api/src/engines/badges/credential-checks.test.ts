import { describe, expect, it } from "vitest";
import { badgeCredential, emailIdentityHash } from "./badge-credential";
import { badgeDefinition } from "./badge-rules";
import { credentialChecks } from "./credential-checks";

const publicUrl = "https://hirefolio.example";
const issuedAt = new Date("2026-03-01T10:00:00.123Z");
const credential = badgeCredential({
  publicUrl,
  credentialId: "c-1",
  badge: badgeDefinition("endorsed-3"),
  recipient: { email: "Ada@Example.test", salt: "pepper" },
  validFrom: issuedAt,
});
const context = { publicUrl, now: new Date("2026-03-02T00:00:00Z"), award: { revoked: false } };
const failed = (checks: ReturnType<typeof credentialChecks>) => checks.filter((c) => !c.passed).map((c) => c.check);

describe("badge credential document", () => {
  it("is an Open Badges 3.0 credential with resolvable ids", () => {
    expect(credential).toMatchObject({
      "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
      ],
      id: "https://hirefolio.example/api/v1/credentials/c-1",
      type: ["VerifiableCredential", "OpenBadgeCredential"],
      issuer: { id: "https://hirefolio.example/api/v1/issuer", type: ["Profile"], name: "Hirefolio" },
      validFrom: "2026-03-01T10:00:00Z",
      credentialSubject: {
        type: ["AchievementSubject"],
        achievement: {
          id: "https://hirefolio.example/api/v1/issuer/achievements/endorsed-3",
          type: ["Achievement"],
          name: "Endorsed",
          criteria: { narrative: expect.stringContaining("3 colleagues") },
          image: { id: "https://hirefolio.example/badges/endorsed-3.svg", type: "Image" },
        },
      },
    });
  });

  it("names the recipient by a salted hash of the normalised email, not the address", () => {
    const [identity] = credential.credentialSubject.identifier;
    expect(identity).toMatchObject({
      type: "IdentityObject",
      identityType: "emailAddress",
      hashed: true,
      salt: "pepper",
    });
    expect(identity?.identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(identity?.identityHash).toBe(emailIdentityHash("ada@example.test", "pepper"));
    expect(identity?.identityHash).not.toBe(emailIdentityHash("ada@example.test", "salt"));
    expect(JSON.stringify(credential).toLowerCase()).not.toContain("ada@example.test");
  });
});

describe("credential checks", () => {
  it("pass for a current, unrevoked credential of this issuer", () => {
    const checks = credentialChecks(credential, context);
    expect(checks.map((c) => c.check)).toEqual(["issuer", "expiry", "revocation", "subject"]);
    expect(failed(checks)).toEqual([]);
  });

  it("fail on another issuer", () => {
    const other = { ...credential, issuer: { ...credential.issuer, id: "https://evil.example/issuer" } };
    expect(failed(credentialChecks(other, context))).toEqual(["issuer"]);
    expect(failed(credentialChecks({ ...credential, iss: "https://evil.example" }, context))).toEqual(["issuer"]);
  });

  it("fail before validFrom, after validUntil and on a missing date", () => {
    expect(failed(credentialChecks(credential, { ...context, now: new Date("2026-02-28T00:00:00Z") }))).toEqual([
      "expiry",
    ]);
    expect(failed(credentialChecks({ ...credential, validUntil: "2026-03-01T12:00:00Z" }, context))).toEqual([
      "expiry",
    ]);
    expect(failed(credentialChecks({ ...credential, validFrom: "soon" }, context))).toEqual(["expiry"]);
  });

  it("fail when revoked or unknown to the issuer", () => {
    expect(failed(credentialChecks(credential, { ...context, award: { revoked: true } }))).toEqual(["revocation"]);
    expect(failed(credentialChecks(credential, { ...context, award: null }))).toEqual(["revocation"]);
  });

  it("confirm the recipient only for the address it was issued to", () => {
    expect(failed(credentialChecks(credential, { ...context, recipientEmail: "ada@example.test" }))).toEqual([]);
    expect(failed(credentialChecks(credential, { ...context, recipientEmail: "eve@example.test" }))).toEqual([
      "subject",
    ]);
  });

  it("fail on a subject that is not an achievement of this issuer", () => {
    const foreign = {
      ...credential,
      credentialSubject: {
        ...credential.credentialSubject,
        achievement: { ...credential.credentialSubject.achievement, id: "https://evil.example/a" },
      },
    };
    expect(failed(credentialChecks(foreign, context))).toEqual(["subject"]);
    const anonymous = { ...credential, credentialSubject: { ...credential.credentialSubject, identifier: [] } };
    expect(failed(credentialChecks(anonymous, context))).toEqual(["subject"]);
  });
});
