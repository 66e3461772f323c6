import { schema } from "@hirefolio/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { firstLink, waitForMail } from "./support/outbox";
import { berlinAt, type HiringTeam, hiringTeam } from "./support/scheduling-team";
import { startTestApp } from "./support/test-app";

const { app, deps } = await startTestApp();
const db = deps.database.db;

const anonymous = (method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
  app.inject({ method, url, headers: { origin: "http://localhost:3000" }, ...(payload ? { payload } : {}) });

async function linkFor(team: HiringTeam) {
  const created = await team.recruiter.post("/api/v1/scheduling-links", {
    applicationId: team.application.id,
    interviewerIds: [team.recruiter.id, team.colleague.id],
    durationMinutes: 45,
    windowStart: berlinAt(0, "00:00"),
    windowEnd: berlinAt(5, "00:00"),
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { id: string; token: string };
}

/** A candidate who booked through their link, with the manage token from the invitation that followed. */
async function bookedThroughLink() {
  const team = await hiringTeam(app, deps);
  const link = await linkFor(team);
  const page = (await anonymous("GET", `/api/v1/scheduling-links/${link.token}`)).json();
  const booked = await anonymous("POST", `/api/v1/scheduling-links/${link.token}/book`, { start: page.slots[0].start });
  expect(booked.statusCode, booked.body).toBe(200);
  const invite = await waitForMail(deps, team.candidate.email, "Invitation");
  const manageToken = firstLink(invite.text.slice(invite.text.indexOf("Reschedule or cancel")))
    .pathname.split("/")
    .pop()!;
  return { team, link, manageToken };
}

const ratings = () => db.select().from(schema.event).where(eq(schema.event.type, "scheduling.rated"));

describe("rating the booking experience", () => {
  it("keeps one rating per interview, from the booking page or the manage page, and a re-rating replaces it", async () => {
    const { team, link, manageToken } = await bookedThroughLink();
    const booking = `/api/v1/scheduling-links/${link.token}/rating`;
    const manage = `/api/v1/interview-links/${manageToken}/rating`;
    expect((await anonymous("GET", booking)).json()).toEqual({ rating: null, comment: "", ratedAt: null });

    const first = await anonymous("PUT", booking, { rating: 4, comment: "  Quick and easy  " });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ rating: 4, comment: "Quick and easy" });

    const again = await anonymous("PUT", manage, { rating: 5 });
    expect(again.statusCode, again.body).toBe(200);
    expect((await anonymous("GET", booking)).json()).toMatchObject({ rating: 5, comment: "" });

    const interviewId = (await db.select().from(schema.schedulingLink).where(eq(schema.schedulingLink.id, link.id)))[0]!
      .interviewId!;
    const stored = await db
      .select()
      .from(schema.event)
      .where(and(eq(schema.event.type, "scheduling.rated"), eq(schema.event.subjectId, interviewId)));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      feature: "scheduling",
      actorId: team.candidate.id,
      organizationId: team.employer.id,
      properties: { rating: 5 },
    });
  });

  it("answers 404 for a wrong token, 409 before anything is booked and 400 for a bad rating, storing nothing", async () => {
    const before = (await ratings()).length;
    const wrong = await anonymous("PUT", "/api/v1/interview-links/aaaaaaaaaaaaaaaaaaaaaaaaaaaa/rating", { rating: 3 });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.headers["content-type"]).toContain("application/problem+json");
    expect((await anonymous("GET", "/api/v1/scheduling-links/aaaaaaaaaaaaaaaaaaaaaa/rating")).statusCode).toBe(404);

    const team = await hiringTeam(app, deps);
    const unused = await linkFor(team);
    const early = await anonymous("PUT", `/api/v1/scheduling-links/${unused.token}/rating`, { rating: 3 });
    expect(early.statusCode).toBe(409);
    expect(early.headers["content-type"]).toContain("application/problem+json");

    const { manageToken } = await bookedThroughLink();
    const url = `/api/v1/interview-links/${manageToken}/rating`;
    for (const body of [
      { rating: 0 },
      { rating: 6 },
      { rating: 2.5 },
      { rating: "5" },
      {},
      { rating: 3, comment: "x".repeat(501) },
    ]) {
      const bad = await anonymous("PUT", url, body);
      expect(bad.statusCode, JSON.stringify(body)).toBe(400);
      expect(bad.headers["content-type"]).toContain("application/problem+json");
      expect(bad.json().errors[0].field).toMatch(/rating|comment/);
    }
    expect((await ratings()).length).toBe(before);
  });
});
