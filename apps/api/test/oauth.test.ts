import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fakeOAuthProviders } from "./support/oauth-provider-fake";
import { cookieHeaderFrom, startTestApp } from "./support/test-app";

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/oauth/${name}.json`, import.meta.url), "utf8"));
const google = fixture("google");
const microsoft = fixture("microsoft");
const clients = {
  GOOGLE_CLIENT_ID: "1234-test.apps.googleusercontent.com",
  GOOGLE_CLIENT_SECRET: "GOCSPX-test-secret",
  MICROSOFT_CLIENT_ID: "6731de76-14a6-49ae-97bc-6eba6914391e",
  MICROSOFT_CLIENT_SECRET: "test~secret",
};

const providers = await fakeOAuthProviders();
const { app } = await startTestApp(clients);
const origin = { origin: "http://localhost:3000" };

providers.answerTokenRequests("https://oauth2.googleapis.com", "/token", {
  ...google.tokenResponse,
  id_token: await providers.idToken({
    ...google.idTokenClaims,
    aud: clients.GOOGLE_CLIENT_ID,
    azp: clients.GOOGLE_CLIENT_ID,
  }),
});
providers.answerTokenRequests("https://login.microsoftonline.com", "/common/oauth2/v2.0/token", {
  ...microsoft.tokenResponse,
  id_token: await providers.idToken({ ...microsoft.idTokenClaims, aud: clients.MICROSOFT_CLIENT_ID }),
});
providers.agent
  .get("https://graph.microsoft.com")
  .intercept({ path: "/v1.0/me/photos/48x48/%24value", method: "GET" })
  .reply(404, { error: { code: "ImageNotFound", message: "The photo wasn't found." } })
  .persist();

/** Starts sign-in as the browser does, then returns from the provider with a code, as the provider would. */
async function signInWith(provider: "google" | "microsoft") {
  const start = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in/social",
    headers: origin,
    payload: { provider, callbackURL: "/dashboard" },
  });
  expect(start.statusCode).toBe(200);
  const authorize = new URL(start.json().url);
  const callback = await app.inject({
    method: "GET",
    url: `/api/auth/callback/${provider}?code=test-authorization-code&state=${authorize.searchParams.get("state")}`,
    headers: { cookie: cookieHeaderFrom(start.headers["set-cookie"]) },
  });
  return { authorize, callback };
}

describe("OAuth sign-in", () => {
  it("offers both providers when their keys are set", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/auth/providers" });
    expect(response.json()).toEqual({ google: true, microsoft: true });
  });

  it("signs in with Google: authorisation URL, code exchange, a verified candidate account", async () => {
    const { authorize, callback } = await signInWith("google");
    expect(authorize.origin).toBe("https://accounts.google.com");
    expect(authorize.searchParams.get("client_id")).toBe(clients.GOOGLE_CLIENT_ID);
    expect(authorize.searchParams.get("redirect_uri")).toBe("http://localhost:3000/api/auth/callback/google");
    expect(authorize.searchParams.get("scope")).toContain("email");
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");

    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe("/dashboard");
    const exchange = providers.received.find((r) => r.url.includes("googleapis"));
    expect(exchange?.body.get("code")).toBe("test-authorization-code");
    expect(exchange?.body.get("code_verifier")).toBeTruthy();

    const me = await app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { cookie: cookieHeaderFrom(callback.headers["set-cookie"]) },
    });
    expect(me.json()).toMatchObject({
      email: google.idTokenClaims.email,
      name: "Morgan Lee",
      emailVerified: true,
      role: "candidate",
    });
  });

  it("signs in with Microsoft through the common tenant", async () => {
    const { authorize, callback } = await signInWith("microsoft");
    expect(authorize.origin).toBe("https://login.microsoftonline.com");
    expect(authorize.pathname).toBe("/common/oauth2/v2.0/authorize");
    expect(callback.statusCode).toBe(302);
    const me = await app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { cookie: cookieHeaderFrom(callback.headers["set-cookie"]) },
    });
    expect(me.json()).toMatchObject({ email: microsoft.idTokenClaims.email, name: "Robin Schmidt", role: "candidate" });
  });

  it("refuses a callback whose state was not issued here", async () => {
    const forged = await app.inject({ method: "GET", url: "/api/auth/callback/google?code=x&state=forged-state" });
    expect(forged.statusCode).toBe(302);
    expect(forged.headers.location).toMatch(/error=/);
    expect(cookieHeaderFrom(forged.headers["set-cookie"])).not.toContain("session_token");
  });
});
