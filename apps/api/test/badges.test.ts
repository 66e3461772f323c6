import { schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import { createLocalJWKSet, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { recordAtsScore } from "../src/modules/ats/ats-scores-repo";
import { badgesServiceFor } from "../src/modules/badges/badges-jobs";
import { createCredentialSigner } from "../src/modules/badges/credential-signer";
import { firstLink, waitForMail } from "./support/outbox";
import { berlinAt, bookingFor, hiringTeam } from "./support/scheduling-team";
import { signUp, startTestApp, type TestUser } from "./support/test-app";
import { waitFor } from "./support/wait-for";

const { app, deps } = await startTestApp();
const db = deps.database.db;
const publicUrl = "http://localhost:3000";
const issuerId = `${publicUrl}/api/v1/issuer`;

interface BadgeView {
  id: string;
  earned: boolean;
  credentialUrl: string | null;
  progress: { current: number; target: number; hint: string };
}

async function badgesOf(user: TestUser): Promise<Map<string, BadgeView>> {
  const response = await user.get("/api/v1/me/badges");
  expect(response.statusCode, response.body).toBe(200);
  return new Map(response.json().items.map((b: BadgeView) => [b.id, b]));
}

async function evaluate(user: TestUser) {
  const response = await user.post("/api/v1/me/badges/evaluate");
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { awarded: string[]; items: BadgeView[] };
}

const earnedIds = async (user: TestUser) =>
  [...(await badgesOf(user)).values()].filter((b) => b.earned).map((b) => b.id);

function publicGet(url: string) {
  return app.inject({ method: "GET", url });
}
const verify = (body: object) => app.inject({ method: "POST", url: "/api/v1/credentials/verify", payload: body });

async function portfolioFor(userId: string, values: { visibility: "public" | "private"; bio: string }) {
  await db
    .insert(schema.portfolio)
    .values({ userId, handle: `h-${userId.slice(0, 12).toLowerCase()}`, unlistedToken: crypto.randomUUID(), ...values })
    .onConflictDoUpdate({ target: schema.portfolio.userId, set: values });
}

/** Asks a colleague, lets them write through the mailed link, and approves it. */
async function endorse(owner: TestUser, n: number) {
  const authorEmail = `peer-${n}-${crypto.randomUUID().slice(0, 6)}@example.test`;
  const requested = await owner.post("/api/v1/me/testimonials/requests", {
    authorName: `Peer ${n}`,
    authorEmail,
    relationship: "Teammate",
  });
  const token = firstLink((await waitForMail(deps, authorEmail, "testimonial")).text)
    .pathname.split("/")
    .at(-1);
  const written = await app.inject({
    method: "POST",
    url: `/api/v1/testimonial-requests/${token}`,
    payload: { body: `Peer ${n} says: a thoughtful engineer who ships carefully.` },
  });
  expect(written.statusCode, written.body).toBe(200);
  expect((await owner.post(`/api/v1/me/testimonials/${requested.json().id}/approve`)).statusCode).toBe(200);
}

async function credentialOf(user: TestUser, badge: string) {
  const url = (await badgesOf(user)).get(badge)?.credentialUrl;
  expect(url).toMatch(new RegExp(`^${publicUrl}/api/v1/credentials/[0-9a-f-]{36}$`));
  const response = await publicGet(new URL(url!).pathname);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers["access-control-allow-origin"]).toBe("*");
  return response.json() as { id: string; status: string; credential: Record<string, unknown>; jws: string };
}

/** An independent verifier: jose with the JWKS fetched from the app over HTTP, nothing of the app's code. */
async function verifyWithJose(jws: string) {
  const jwks = (await publicGet("/api/v1/issuer/jwks")).json();
  return jwtVerify(jws, createLocalJWKSet(jwks), { issuer: issuerId, algorithms: ["EdDSA"], typ: "vc+jwt" });
}

const noJwtClaims = ({ iss: _iss, jti: _jti, iat: _iat, ...rest }: Record<string, unknown>) => rest;

describe("signing key", () => {
  it("is generated once even when two replicas ask at the same time, and published as a JWK set", async () => {
    const replicas = [createCredentialSigner({ db }), createCredentialSigner({ db })];
    const [a, b] = await Promise.all(replicas.map((signer) => signer.jwks()));
    expect(a).toEqual(b);
    expect(await db.select().from(schema.signingKey)).toHaveLength(1);
    const published = (await publicGet("/api/v1/issuer/jwks")).json();
    expect(published).toEqual(a);
    const [key] = published.keys;
    expect(key).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig", kid: expect.any(String) });
    expect(key).not.toHaveProperty("d");
  });

  it("can be supplied as SIGNING_KEY_PRIVATE_JWK instead", async () => {
    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const privateJwk = await exportJWK(privateKey);
    const signer = createCredentialSigner({ db, configuredPrivateJwk: JSON.stringify(privateJwk) });
    const [key] = (await signer.jwks()).keys;
    expect(key?.x).toBe(privateJwk.x);
    const credential = { id: "urn:test", issuer: { id: issuerId }, validFrom: "2026-01-01T00:00:00Z" };
    const jws = await signer.sign(credential);
    expect(decodeProtectedHeader(jws)).toMatchObject({ alg: "EdDSA", kid: key?.kid, typ: "vc+jwt" });
    expect(noJwtClaims(await signer.verify(jws))).toEqual(credential);
    // The database key is another key: it does not verify this signature.
    await expect(createCredentialSigner({ db }).verify(jws)).rejects.toThrow();
    const rsa = createCredentialSigner({ db, configuredPrivateJwk: JSON.stringify({ kty: "RSA", n: "x", e: "AQAB" }) });
    await expect(rsa.jwks()).rejects.toThrow(/Ed25519/);
  });
});

describe("badges", () => {
  it("lists every badge with progress before anything is earned", async () => {
    const user = await signUp(app, "candidate");
    const badges = await badgesOf(user);
    expect([...badges.keys()].sort()).toEqual([
      "ats-80",
      "endorsed-3",
      "first-application",
      "first-interview",
      "portfolio-published",
      "profile-complete",
      "video-intro",
    ]);
    expect([...badges.values()].every((b) => !b.earned && b.credentialUrl === null)).toBe(true);
    expect(badges.get("endorsed-3")?.progress).toEqual({ current: 0, target: 3, hint: "0 of 3 endorsements" });
    expect((await evaluate(user)).awarded).toEqual([]);
    expect((await app.inject({ method: "GET", url: "/api/v1/me/badges" })).statusCode).toBe(401);
  });

  it("awards each badge from real activity, once, as a verifiable credential", async () => {
    const team = await hiringTeam(app, deps);
    const candidate = team.candidate;
    // An application exists (hiringTeam applied); nothing else yet.
    expect(await evaluate(candidate)).toMatchObject({ awarded: ["first-application"] });

    // Interview booked by the recruiter.
    const booked = await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(1, "10:00")));
    expect(booked.statusCode, booked.body).toBe(201);

    // Profile: headline, location, target role, 3 skills, photo, bio.
    const profile = await candidate.patch("/api/v1/me/profile", {
      headline: "Backend engineer",
      location: "Berlin",
      targetRole: "Staff Engineer",
      skills: ["TypeScript", "PostgreSQL"],
    });
    expect(profile.statusCode, profile.body).toBe(200);
    await db.update(schema.user).set({ image: "avatars/casey.webp" }).where(eq(schema.user.id, candidate.id));
    await portfolioFor(candidate.id, { visibility: "private", bio: "I build reliable APIs." });
    // Looking at one's badges awards what the activity earned: the interview booked above.
    const viewed = await badgesOf(candidate);
    expect(viewed.get("first-interview")?.earned).toBe(true);
    expect(viewed.get("profile-complete")?.progress).toMatchObject({
      current: 5,
      hint: "5 of 6 done: add 1 more skill",
    });
    await candidate.patch("/api/v1/me/profile", { skills: ["TypeScript", "PostgreSQL", "Go"] });

    // ATS: 79 is not enough, 84 is.
    const resume = await candidate.post("/api/v1/resumes", { title: "Main", document: { basics: { name: "Casey" } } });
    expect(resume.statusCode, resume.body).toBe(201);
    const score = (value: number, at: Date) =>
      recordAtsScore(db, { resumeId: resume.json().id, jobDescriptionHash: "jd-1", score: value, now: at });
    await score(79, new Date(Date.now() - 3_600_000));
    expect((await evaluate(candidate)).awarded).toEqual(["profile-complete"]);
    await score(84, new Date());

    // A ready video and a public portfolio with a project (tables of modules built alongside).
    await db.insert(schema.videoIntro).values({ id: crypto.randomUUID(), userId: candidate.id, status: "processing" });
    expect((await evaluate(candidate)).awarded).toEqual(["ats-80"]);
    await db.update(schema.videoIntro).set({ status: "ready" }).where(eq(schema.videoIntro.userId, candidate.id));
    await portfolioFor(candidate.id, { visibility: "public", bio: "I build reliable APIs." });
    await db
      .insert(schema.portfolioProject)
      .values({ id: crypto.randomUUID(), userId: candidate.id, title: "Billing" });
    expect((await evaluate(candidate)).awarded.sort()).toEqual(["portfolio-published", "video-intro"]);

    // Endorsements: approving the third one awards the badge through the queued evaluation, without a call.
    for (const n of [1, 2]) await endorse(candidate, n);
    expect((await badgesOf(candidate)).get("endorsed-3")?.progress.hint).toBe("2 of 3 endorsements");
    await endorse(candidate, 3);
    const earned = await waitFor(
      () => earnedIds(candidate),
      (ids) => ids.includes("endorsed-3"),
    );
    expect(earned).toHaveLength(7);

    // Idempotent: evaluating again awards nothing and keeps one row per badge.
    const again = await Promise.all([evaluate(candidate), evaluate(candidate)]);
    expect(again.map((e) => e.awarded)).toEqual([[], []]);
    const rows = await db.select().from(schema.badgeAward).where(eq(schema.badgeAward.userId, candidate.id));
    expect(rows).toHaveLength(7);

    // Another candidate sees only their own badges.
    const stranger = await signUp(app, "candidate");
    expect(await earnedIds(stranger)).toEqual([]);

    // The credential verifies with an independent JWT library against the published key.
    const issued = await credentialOf(candidate, "endorsed-3");
    expect(issued.status).toBe("active");
    const { payload, protectedHeader } = await verifyWithJose(issued.jws);
    expect(protectedHeader).toMatchObject({ alg: "EdDSA", typ: "vc+jwt" });
    expect(noJwtClaims(payload)).toEqual(issued.credential);
    expect(payload.jti).toBe(issued.credential.id);
    expect(issued.credential).toMatchObject({
      "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
      ],
      type: ["VerifiableCredential", "OpenBadgeCredential"],
      issuer: { id: issuerId, type: ["Profile"], name: "Hirefolio" },
      credentialSubject: { type: ["AchievementSubject"], achievement: { type: ["Achievement"], name: "Endorsed" } },
    });
    expect(JSON.stringify(issued)).not.toContain(candidate.email);

    const checks = await verify({ jws: issued.jws, recipientEmail: candidate.email });
    expect(checks.statusCode, checks.body).toBe(200);
    expect(checks.json()).toMatchObject({ valid: true, credential: issued.credential });
    expect(checks.json().checks.map((c: { check: string; passed: boolean }) => [c.check, c.passed])).toEqual([
      ["signature", true],
      ["issuer", true],
      ["expiry", true],
      ["revocation", true],
      ["subject", true],
    ]);
    expect((await verify({ credential: issued.credential })).json().valid).toBe(true);
    const otherRecipient = (await verify({ jws: issued.jws, recipientEmail: stranger.email })).json();
    expect(otherRecipient.valid).toBe(false);
    expect(otherRecipient.checks.find((c: { check: string }) => c.check === "subject").passed).toBe(false);

    // The issuer profile and the achievement the credential points at resolve.
    const issuer = await publicGet(new URL(issuerId).pathname);
    expect(issuer.json()).toMatchObject({ id: issuerId, type: ["Profile"], name: "Hirefolio" });
    const achievementId = (issued.credential.credentialSubject as { achievement: { id: string } }).achievement.id;
    expect((await publicGet(new URL(achievementId).pathname)).json()).toMatchObject({
      id: achievementId,
      name: "Endorsed",
    });
  });
});

describe("credential verification", () => {
  async function issuedCredential() {
    const user = await signUp(app, "candidate");
    const employer = await signUp(app, "recruiter");
    const org = (await employer.post("/api/v1/employers", { name: `Org ${employer.id.slice(0, 5)}` })).json();
    const job = (
      await employer.post(`/api/v1/employers/${org.id}/jobs`, { title: "Dev", description: "Code.", status: "open" })
    ).json();
    expect((await user.post(`/api/v1/jobs/${job.id}/applications`, {})).statusCode).toBe(201);
    expect((await evaluate(user)).awarded).toEqual(["first-application"]);
    return { user, issued: await credentialOf(user, "first-application") };
  }

  const resultOf = async (body: object) => {
    const response = await verify(body);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    const failed = result.checks.filter((c: { passed: boolean }) => !c.passed).map((c: { check: string }) => c.check);
    return { valid: result.valid as boolean, failed: failed as string[] };
  };

  it("rejects a credential whose JSON was changed after signing", async () => {
    const { issued } = await issuedCredential();
    const renamed = structuredClone(issued.credential) as { name: string };
    renamed.name = "Chief Everything Officer";
    const result = await resultOf({ credential: renamed });
    expect(result.valid).toBe(false);
    expect(result.failed).toContain("signature");
    const later = { ...issued.credential, validFrom: "2020-01-01T00:00:00Z" };
    expect((await resultOf({ credential: later })).valid).toBe(false);
  });

  it("rejects a JWS whose payload or signature was changed", async () => {
    const { issued } = await issuedCredential();
    const [header, payload, signature] = issued.jws.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    claims.credentialSubject.achievement.name = "Endorsed";
    const forgedPayload = Buffer.from(JSON.stringify(claims)).toString("base64url");
    const forged = `${header}.${forgedPayload}.${signature}`;
    expect(await resultOf({ jws: forged })).toEqual({
      valid: false,
      failed: ["signature", "issuer", "expiry", "revocation", "subject"],
    });
    await expect(verifyWithJose(forged)).rejects.toThrow(/signature/);
    const flipped = `${header}.${payload}.${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;
    expect((await resultOf({ jws: flipped })).valid).toBe(false);
  });

  it("rejects a credential signed by another key under the issuer's kid", async () => {
    const { issued } = await issuedCredential();
    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const forged = await new SignJWT(issued.credential)
      .setProtectedHeader({ ...decodeProtectedHeader(issued.jws), alg: "EdDSA" })
      .setIssuer(issuerId)
      .sign(privateKey);
    expect((await resultOf({ jws: forged })).failed).toContain("signature");
    await expect(verifyWithJose(forged)).rejects.toThrow();
  });

  it("shows and reports a revoked credential", async () => {
    const { user, issued } = await issuedCredential();
    const badges = badgesServiceFor(deps);
    expect(await badges.earned(user.id)).toEqual([
      {
        badge: "first-application",
        name: "First application",
        description: "Applied for a job on Hirefolio.",
        awardedAt: expect.any(String),
        verifyUrl: issued.credential.id,
      },
    ]);
    await db.update(schema.badgeAward).set({ revoked: true }).where(eq(schema.badgeAward.userId, user.id));
    const reread = await publicGet(`/api/v1/credentials/${issued.id}`);
    expect(reread.json()).toMatchObject({ status: "revoked", jws: issued.jws });
    expect(await resultOf({ jws: issued.jws })).toEqual({ valid: false, failed: ["revocation"] });
    // The signature itself still holds: only the issuer's record says it is withdrawn.
    await expect(verifyWithJose(issued.jws)).resolves.toBeTruthy();
    expect(await badges.earned(user.id)).toEqual([]);
  });

  it("answers unknown credentials and bad requests clearly", async () => {
    expect((await publicGet(`/api/v1/credentials/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await publicGet("/api/v1/issuer/achievements/nonsense")).statusCode).toBe(404);
    const unknown = await resultOf({ credential: { id: `${publicUrl}/api/v1/credentials/nope` } });
    expect(unknown).toMatchObject({ valid: false });
    expect((await verify({})).statusCode).toBe(400);
    expect((await verify({ jws: "a.b.c", credential: {} })).statusCode).toBe(400);
    expect(await resultOf({ jws: "not-a-jws" })).toMatchObject({ valid: false });
  });
});
