import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { MockAgent, setGlobalDispatcher } from "undici";

/**
 * Google and Microsoft cannot be reached from here, so their token endpoints are answered at the HTTP level
 * (undici's MockAgent behind the global fetch) with payloads shaped like the recorded ones in test/fixtures/oauth.
 * The ID tokens are real RS256 JWTs signed by a key made for the test.
 */
export async function fakeOAuthProviders() {
  const agent = new MockAgent();
  agent.disableNetConnect();
  setGlobalDispatcher(agent);
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const kid = "test-key-1";
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const received: { url: string; body: URLSearchParams }[] = [];

  async function idToken(claims: Record<string, unknown>) {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(privateKey);
  }

  /** Answers every POST to the token endpoint with the given JSON and records the form it was sent. */
  function answerTokenRequests(origin: string, path: string, response: object) {
    agent
      .get(origin)
      .intercept({ path, method: "POST" })
      .reply((options) => {
        received.push({ url: `${origin}${path}`, body: new URLSearchParams(String(options.body)) });
        return {
          statusCode: 200,
          data: JSON.stringify(response),
          responseOptions: { headers: { "content-type": "application/json; charset=utf-8" } },
        };
      })
      .persist();
  }

  return { agent, jwk, idToken, answerTokenRequests, received, close: () => agent.close() };
}
