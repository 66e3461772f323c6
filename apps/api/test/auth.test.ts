import { describe, expect, it } from "vitest";
import { firstLink, waitForMail } from "./support/outbox";
import { cookieHeaderFrom, signIn, signUp, startTestApp } from "./support/test-app";

const { app, deps } = await startTestApp();
const origin = { origin: "http://localhost:3000" };

/** The raw sign-in response: these tests check its status. */
function attemptSignIn(email: string, password: string) {
  return app.inject({ method: "POST", url: "/api/auth/sign-in/email", headers: origin, payload: { email, password } });
}

describe("accounts", () => {
  it("signs up a candidate who can then read /me", async () => {
    const user = await signUp(app, "candidate", { name: "Casey" });
    const me = await user.get("/api/v1/me");
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      name: "Casey",
      email: user.email,
      role: "candidate",
      emailVerified: false,
      employers: [],
    });
  });

  it("refuses to let anyone sign up as admin", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: origin,
      payload: { name: "Mallory", email: "mallory@example.test", password: "correct-horse-battery", role: "admin" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/candidate or recruiter/);
  });

  it("rejects a wrong password and accepts the right one", async () => {
    const user = await signUp(app, "recruiter", { password: "right-password-1" });
    expect((await attemptSignIn(user.email, "wrong-password-1")).statusCode).toBe(401);
    const ok = await attemptSignIn(user.email, "right-password-1");
    expect(ok.statusCode).toBe(200);
    const cookie = cookieHeaderFrom(ok.headers["set-cookie"]);
    const me = await app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } });
    expect(me.json().role).toBe("recruiter");
  });

  it("signs out so the session no longer works", async () => {
    const user = await signUp(app, "candidate");
    expect((await user.post("/api/auth/sign-out")).statusCode).toBe(200);
    // The session cookie cache may still be presented; only the session token decides.
    const token = user.cookie.split("; ").filter((c) => c.startsWith("hirefolio.session_token"));
    const me = await app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: token.join("; ") } });
    expect(me.statusCode).toBe(401);
    expect(me.headers["content-type"]).toContain("application/problem+json");
  });

  it("forgets a remembered session the moment it signs out", async () => {
    const user = await signUp(app, "candidate");
    const tokenOnly = user.cookie
      .split("; ")
      .filter((c) => c.startsWith("hirefolio.session_token"))
      .join("; ");
    const headers = { cookie: tokenOnly, origin: "http://localhost:3000" };
    expect((await app.inject({ method: "GET", url: "/api/v1/me", headers })).statusCode).toBe(200);
    expect((await app.inject({ method: "POST", url: "/api/auth/sign-out", headers, payload: {} })).statusCode).toBe(
      200,
    );
    expect((await app.inject({ method: "GET", url: "/api/v1/me", headers })).statusCode).toBe(401);
  });

  it("resets a forgotten password with the link from the email", async () => {
    const user = await signUp(app, "candidate", { password: "old-password-1" });
    const requested = await app.inject({
      method: "POST",
      url: "/api/auth/request-password-reset",
      headers: origin,
      payload: { email: user.email, redirectTo: "/reset-password" },
    });
    expect(requested.statusCode).toBe(200);
    const mail = await waitForMail(deps, user.email, "Reset your");
    const link = firstLink(mail.text);
    expect(link.origin).toBe("http://localhost:3000");
    const followed = await app.inject({ method: "GET", url: `${link.pathname}${link.search}` });
    expect(followed.statusCode).toBe(302);
    const token = new URL(followed.headers.location as string, "http://localhost:3000").searchParams.get("token");
    expect(token).toBeTruthy();
    const reset = await app.inject({
      method: "POST",
      url: "/api/auth/reset-password",
      headers: origin,
      payload: { token, newPassword: "new-password-2" },
    });
    expect(reset.statusCode).toBe(200);
    expect((await attemptSignIn(user.email, "old-password-1")).statusCode).toBe(401);
    expect((await attemptSignIn(user.email, "new-password-2")).statusCode).toBe(200);
  });

  it("verifies the email address with the link sent on sign-up", async () => {
    const user = await signUp(app, "candidate");
    const mail = await waitForMail(deps, user.email, "Confirm your email");
    const link = firstLink(mail.text);
    const verified = await app.inject({ method: "GET", url: `${link.pathname}${link.search}` });
    expect([200, 302]).toContain(verified.statusCode);
    const me = await user.get("/api/v1/me");
    const freshMe = await (await signIn(app, user.email)).get("/api/v1/me");
    expect(me.statusCode).toBe(200);
    expect(freshMe.json().emailVerified).toBe(true);
  });
});

describe("login rate limit", async () => {
  const limited = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "3" });

  it("answers 429 problem+json after too many sign-in attempts from one address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await limited.app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        headers: origin,
        payload: { email: "nobody@example.test", password: "whatever-123" },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(response.headers["content-type"]).toContain("application/problem+json");
        expect(response.headers["retry-after"]).toBeDefined();
        expect(response.json().type).toMatch(/rate-limited$/);
      }
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});
