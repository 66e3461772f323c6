import type { DbOrTx } from "@hirefolio/db";
import { schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import {
  type CryptoKey,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from "jose";

/** One key row shared by every replica: the fixed id turns "two replicas generate at once" into one insert winning. */
const keyRowId = "open-badges-ed25519";
const algorithm = "EdDSA";

interface SigningKeyPair {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function keyPairFromJwk(privateJwk: JWK): Promise<SigningKeyPair> {
  if (privateJwk.kty !== "OKP" || privateJwk.crv !== "Ed25519" || !privateJwk.d || !privateJwk.x) {
    throw new Error("SIGNING_KEY_PRIVATE_JWK must be an Ed25519 private JWK (kty OKP, crv Ed25519, x and d)");
  }
  const { kty, crv, x } = privateJwk;
  const kid = await calculateJwkThumbprint({ kty, crv, x });
  const privateKey = (await importJWK(privateJwk, algorithm)) as CryptoKey;
  return { kid, privateKey, publicJwk: { kty, crv, x, kid, alg: algorithm, use: "sig" } };
}

async function storedOrNewKey(db: DbOrTx): Promise<JWK> {
  const read = () => db.select().from(schema.signingKey).where(eq(schema.signingKey.id, keyRowId)).limit(1);
  const [existing] = await read();
  if (existing) return existing.privateJwk as JWK;
  const { privateKey, publicKey } = await generateKeyPair(algorithm, { crv: "Ed25519", extractable: true });
  await db
    .insert(schema.signingKey)
    .values({
      id: keyRowId,
      algorithm,
      publicJwk: { ...(await exportJWK(publicKey)) },
      privateJwk: { ...(await exportJWK(privateKey)) },
    })
    .onConflictDoNothing();
  // Whoever won the insert, every replica now signs with the row that is stored.
  const [stored] = await read();
  if (!stored) throw new Error("signing key was neither found nor stored");
  return stored.privateJwk as JWK;
}

/**
 * Signs badge credentials as VC-JOSE JWTs with the platform's Ed25519 key: the one configured in
 * SIGNING_KEY_PRIVATE_JWK, else the one in the database (generated on first use). The key never changes while
 * the process runs, so it is loaded once.
 */
export function createCredentialSigner(deps: { db: DbOrTx; configuredPrivateJwk?: string }) {
  let loading: Promise<SigningKeyPair> | undefined;

  function key() {
    loading ??= (async () => {
      const jwk = deps.configuredPrivateJwk
        ? (JSON.parse(deps.configuredPrivateJwk) as JWK)
        : await storedOrNewKey(deps.db);
      return keyPairFromJwk(jwk);
    })().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  }

  return {
    /** The credential as a compact JWS whose payload is the credential plus the JWT claims iss, jti and iat. */
    async sign(credential: { id: string; issuer: { id: string }; validFrom: string }) {
      const { kid, privateKey } = await key();
      return new SignJWT({ ...credential })
        .setProtectedHeader({ alg: algorithm, kid, typ: "vc+jwt", cty: "vc" })
        .setIssuer(credential.issuer.id)
        .setJti(credential.id)
        .setIssuedAt(new Date(credential.validFrom))
        .sign(privateKey);
    },

    async jwks() {
      return { keys: [(await key()).publicJwk] };
    },

    /** The payload when the JWS carries a valid signature by this issuer's key; throws otherwise. */
    async verify(jws: string): Promise<JWTPayload> {
      const { publicJwk } = await key();
      const { payload } = await jwtVerify(jws, await importJWK(publicJwk, algorithm), {
        algorithms: [algorithm],
        typ: "vc+jwt",
      });
      return payload;
    },
  };
}

export type CredentialSigner = ReturnType<typeof createCredentialSigner>;
