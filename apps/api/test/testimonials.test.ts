import { schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { approvedTestimonials } from "../src/modules/testimonials/testimonials-repo";
import { firstLink, waitForMail } from "./support/outbox";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

const { app, deps } = await startTestApp();

const colleagueEmail = () => `colleague-${crypto.randomUUID().slice(0, 8)}@example.test`;

/** Requests a testimonial and returns it with the one-time token from the mail the colleague received. */
async function requestFrom(owner: TestUser, authorEmail = colleagueEmail()) {
  const response = await owner.post("/api/v1/me/testimonials/requests", {
    authorName: "Jordan Lee",
    authorEmail,
    relationship: "Worked together at Acme",
    message: "Would you write a few lines about the billing rewrite?",
  });
  expect(response.statusCode, response.body).toBe(201);
  const mail = await waitForMail(deps, authorEmail, "asks you for a testimonial");
  const link = firstLink(mail.text);
  expect(link.pathname).toMatch(/^\/testimonials\/write\/[A-Za-z0-9_-]{43}$/);
  return { testimonial: response.json(), token: link.pathname.split("/").at(-1)!, mail };
}

const publicRequest = (method: "GET" | "POST", token: string, payload?: object) =>
  app.inject({ method, url: `/api/v1/testimonial-requests/${token}`, ...(payload ? { payload } : {}) });

const writeUp =
  "Casey led the billing rewrite end to end and left the team a codebase we were glad to inherit.\nHighly recommended.";

describe("testimonials", () => {
  it("goes from a mailed one-time link to an approved, public testimonial", async () => {
    const owner = await signUp(app, "candidate", { name: "Casey Candidate" });
    const { testimonial, token, mail } = await requestFrom(owner);
    expect(testimonial).toMatchObject({ status: "requested", body: null, authorName: "Jordan Lee" });
    expect(mail.text).toContain("Casey Candidate");
    expect(mail.text).toContain("billing rewrite");
    expect(Date.parse(testimonial.expiresAt) - Date.parse(testimonial.requestedAt)).toBe(30 * 86_400_000);

    // Only the hash of the token is kept.
    const [row] = await deps.database.db
      .select()
      .from(schema.testimonial)
      .where(eq(schema.testimonial.id, testimonial.id));
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);

    const invitation = await publicRequest("GET", token);
    expect(invitation.statusCode, invitation.body).toBe(200);
    expect(invitation.json()).toMatchObject({
      candidateName: "Casey Candidate",
      authorName: "Jordan Lee",
      relationship: "Worked together at Acme",
    });
    expect(invitation.body).not.toContain("@");

    const submitted = await publicRequest("POST", token, {
      body: `  ${writeUp}\u0007  `,
      authorTitle: "Staff Engineer",
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toEqual({ status: "submitted" });

    const notice = await waitForMail(deps, owner.email, "wrote you a testimonial");
    expect(notice.text).toContain("Jordan Lee");

    // Written but not approved: nothing public yet.
    expect(await approvedTestimonials(deps.database.db, owner.id)).toEqual([]);
    const listed = (await owner.get("/api/v1/me/testimonials")).json().items;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ status: "submitted", body: writeUp, authorTitle: "Staff Engineer" });

    const approved = await owner.post(`/api/v1/me/testimonials/${testimonial.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: "approved", approvedAt: expect.any(String) });
    const shown = await approvedTestimonials(deps.database.db, owner.id);
    expect(shown).toEqual([
      {
        id: testimonial.id,
        authorName: "Jordan Lee",
        authorTitle: "Staff Engineer",
        relationship: "Worked together at Acme",
        body: writeUp,
        approvedAt: approved.json().approvedAt,
      },
    ]);

    const hidden = await owner.post(`/api/v1/me/testimonials/${testimonial.id}/hide`);
    expect(hidden.json().status).toBe("hidden");
    expect(await approvedTestimonials(deps.database.db, owner.id)).toEqual([]);
  });

  it("lets a link be used once, and not at all once expired", async () => {
    const owner = await signUp(app, "candidate");
    const { token } = await requestFrom(owner);
    expect((await publicRequest("POST", token, { body: writeUp })).statusCode).toBe(200);
    const again = await publicRequest("POST", token, { body: "A second, different testimonial text." });
    expect(again.statusCode).toBe(404);
    expect((await publicRequest("GET", token)).statusCode).toBe(404);

    const { testimonial, token: stale } = await requestFrom(owner);
    await deps.database.db
      .update(schema.testimonial)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.testimonial.id, testimonial.id));
    expect((await publicRequest("GET", stale)).statusCode).toBe(404);
    expect((await publicRequest("POST", stale, { body: writeUp })).statusCode).toBe(404);
    expect((await publicRequest("GET", "x".repeat(43))).statusCode).toBe(404);
  });

  it("answers two submissions through one link at once only once", async () => {
    const owner = await signUp(app, "candidate");
    const { token } = await requestFrom(owner);
    const results = await Promise.all(
      [1, 2, 3].map((n) => publicRequest("POST", token, { body: `${writeUp} (${n})` })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 404, 404]);
  });

  it("rejects bad input with problem details", async () => {
    const owner = await signUp(app, "candidate");
    const own = await owner.post("/api/v1/me/testimonials/requests", {
      authorName: "Me",
      authorEmail: owner.email.toUpperCase(),
      relationship: "Myself",
    });
    expect(own.statusCode).toBe(422);
    expect(own.json().type).toContain("own-email");
    const invalid = await owner.post("/api/v1/me/testimonials/requests", { authorName: "", authorEmail: "nope" });
    expect(invalid.statusCode).toBe(400);

    const { token } = await requestFrom(owner);
    const tooLong = await publicRequest("POST", token, { body: "x".repeat(2001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.headers["content-type"]).toContain("application/problem+json");
    expect((await publicRequest("POST", token, { body: "ok" })).statusCode).toBe(400);
    // The failed attempts did not use the link up.
    expect((await publicRequest("GET", token)).statusCode).toBe(200);
  });

  it("caps requests at ten a day per user", async () => {
    const owner = await signUp(app, "candidate");
    const payload = (n: number) => ({ authorName: `Peer ${n}`, authorEmail: colleagueEmail(), relationship: "Peer" });
    for (let n = 0; n < 10; n++) {
      expect((await owner.post("/api/v1/me/testimonials/requests", payload(n))).statusCode).toBe(201);
    }
    const eleventh = await owner.post("/api/v1/me/testimonials/requests", payload(10));
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json().type).toContain("testimonial-requests-exhausted");
    // Another user has their own allowance.
    const other = await signUp(app, "candidate");
    expect((await other.post("/api/v1/me/testimonials/requests", payload(11))).statusCode).toBe(201);
  });

  it("keeps each owner's testimonials to themselves", async () => {
    const owner = await signUp(app, "candidate");
    const stranger = await signUp(app, "candidate");
    const { testimonial, token } = await requestFrom(owner);
    await publicRequest("POST", token, { body: writeUp });

    expect((await stranger.get("/api/v1/me/testimonials")).json().items).toEqual([]);
    for (const action of ["approve", "hide"]) {
      expect((await stranger.post(`/api/v1/me/testimonials/${testimonial.id}/${action}`)).statusCode).toBe(404);
    }
    expect((await stranger.delete(`/api/v1/me/testimonials/${testimonial.id}`)).statusCode).toBe(404);
    expect((await owner.get("/api/v1/me/testimonials")).json().items[0].status).toBe("submitted");
    const anonymous = await app.inject({ method: "GET", url: "/api/v1/me/testimonials" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("cannot approve a request nobody answered, and deleting a request kills its link", async () => {
    const owner = await signUp(app, "candidate");
    const { testimonial, token } = await requestFrom(owner);
    const early = await owner.post(`/api/v1/me/testimonials/${testimonial.id}/approve`);
    expect(early.statusCode).toBe(409);
    expect((await owner.delete(`/api/v1/me/testimonials/${testimonial.id}`)).statusCode).toBe(204);
    expect((await publicRequest("GET", token)).statusCode).toBe(404);
    expect((await owner.get("/api/v1/me/testimonials")).json().items).toEqual([]);
  });
});
