import { readFileSync } from "node:fs";
import { schema } from "@hirefolio/db";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ask, coachConversations } from "./support/coach-stream";
import { firstLink, waitForMail } from "./support/outbox";
import { solidImage } from "./support/portfolio-fixtures";
import { berlinAt, bookingFor, hiringTeam } from "./support/scheduling-team";
import { recruiterWithJob, signIn, signUp, startTestApp, type TestUser } from "./support/test-app";
import { waitFor } from "./support/wait-for";

// Employer unlocks every plan limit: A/B experiments are a paid feature and these tests are about events.
const { app, deps } = await startTestApp({ DEFAULT_PLAN: "employer" });
const db = deps.database.db;

const sample = JSON.parse(readFileSync(new URL("./fixtures/jsonresume/sample.resume.json", import.meta.url), "utf8"));

/** The events of a type, oldest first, optionally about one subject. */
function recorded(type: string, subjectId?: string) {
  return db
    .select()
    .from(schema.event)
    .where(
      and(eq(schema.event.type, type), subjectId === undefined ? undefined : eq(schema.event.subjectId, subjectId)),
    )
    .orderBy(asc(schema.event.occurredAt), asc(schema.event.id));
}

async function recordedBy(type: string, actorId: string) {
  return (await recorded(type)).filter((e) => e.actorId === actorId);
}

const anonymous = (method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
  app.inject({ method, url, headers: { origin: "http://localhost:3000" }, ...(payload ? { payload } : {}) });

describe("platform", () => {
  it("records every sign-in (sign-up included) with the user's role", async () => {
    const user = await signUp(app, "recruiter");
    await signIn(app, user.email);
    const events = await recordedBy("account.signed_in", user.id);
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e).toMatchObject({ feature: "platform", subjectId: null, properties: { role: "recruiter" } });
    }
  });

  it("records profile.completed once, when the last defined field (here the photo) is filled", async () => {
    const candidate = await signUp(app, "candidate", { name: "Grace Hopper" });
    const fill = await candidate.patch("/api/v1/me/profile", {
      headline: "Compiler engineer",
      location: "Arlington, VA",
      targetRole: "Staff engineer",
      skills: ["COBOL", "Compilers", "Leadership"],
    });
    expect(fill.statusCode, fill.body).toBe(200);
    const bio = await candidate.request("PUT", "/api/v1/me/portfolio", { bio: "I wrote the first compiler." });
    expect(bio.statusCode, bio.body).toBe(200);
    expect(await recorded("profile.completed", candidate.id)).toHaveLength(0);

    const photo = await solidImage("png");
    const upload = await candidate.request("PUT", "/api/v1/me/avatar", photo, { "content-type": "image/png" });
    expect(upload.statusCode, upload.body).toBe(200);
    const completed = await recorded("profile.completed", candidate.id);
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({ actorId: candidate.id, feature: "video_portfolio" });
    expect((completed[0]!.properties as { fields: string[] }).fields.sort()).toEqual(
      ["headline", "location", "name", "photo", "skills", "summary", "targetRole"].sort(),
    );

    await candidate.patch("/api/v1/me/profile", { headline: "Rear admiral" });
    expect(await recorded("profile.completed", candidate.id)).toHaveLength(1);
  });
});

describe("career coach", () => {
  it("records the conversation, each question, each tool result shown, acceptance and thumbs", async () => {
    const user = await signUp(app, "candidate");
    const created = await user.post(coachConversations, {});
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(await recorded("coach.conversation_started", id)).toEqual([
      expect.objectContaining({ actorId: user.id, feature: "career_coach" }),
    ]);

    const answer = await ask(user, id, "What is the salary for a registered nurse?");
    expect(answer.statusCode).toBe(200);
    const messages = await waitFor(
      async () =>
        (await user.get(`${coachConversations}/${id}`)).json().messages as { id: string; parts: { type: string }[] }[],
      (list) => list.length === 2,
    );
    const reply = messages[1]!;
    const tools = reply.parts.filter((p) => p.type.startsWith("tool-")).map((p) => p.type.slice(5));
    expect(tools.length).toBeGreaterThan(0);
    expect(await recorded("coach.message_sent", id)).toHaveLength(1);
    const outcomes = await recorded("coach.outcome_shown", id);
    expect(outcomes.map((e) => e.properties)).toEqual(tools.map((tool) => ({ tool, messageId: reply.id })));

    const feedback = `${coachConversations}/${id}/messages/${reply.id}/feedback`;
    expect((await user.post(feedback, { rating: "up", accepted: true })).statusCode).toBe(200);
    // Repeating the same verdict is no new event.
    expect((await user.post(feedback, { rating: "up", accepted: true })).statusCode).toBe(200);
    expect((await user.post(feedback, { rating: "down" })).statusCode).toBe(200);
    expect((await recorded("coach.recommendation_accepted", id)).map((e) => e.properties)).toEqual([
      { messageId: reply.id },
    ]);
    expect((await recorded("coach.feedback", id)).map((e) => e.properties)).toEqual([
      { messageId: reply.id, thumbs: "up", rating: null },
      { messageId: reply.id, thumbs: "down", rating: null },
    ]);

    // Someone else's message: 404 and nothing recorded.
    const stranger = await signUp(app, "candidate");
    expect((await stranger.post(feedback, { accepted: true })).statusCode).toBe(404);
    expect(await recordedBy("coach.recommendation_accepted", stranger.id)).toHaveLength(0);
  });
});

describe("portfolio", () => {
  it("adds the viewer's role to views and marks clicks on the owner's LinkedIn as contact", async () => {
    const owner = await signUp(app, "candidate", { name: "Ada Events" });
    const linkedin = "https://www.linkedin.com/in/ada-events";
    const website = "https://ada-events.example.com";
    const settings = await owner.request("PUT", "/api/v1/me/portfolio", {
      visibility: "public",
      linkedinUrl: linkedin,
      websiteUrl: website,
    });
    expect(settings.statusCode, settings.body).toBe(200);
    const { handle } = settings.json() as { handle: string };
    const { recruiter, employer } = await recruiterWithJob(app);

    expect((await recruiter.get(`/api/v1/portfolios/${handle}`)).statusCode).toBe(200);
    // Visitors count once a day by address and browser, so the anonymous one comes from elsewhere.
    const stranger = await app.inject({
      method: "GET",
      url: `/api/v1/portfolios/${handle}`,
      headers: { "x-forwarded-for": "198.51.100.7", "user-agent": "Safari/18" },
    });
    expect(stranger.statusCode).toBe(200);
    const click = (target: string, user?: TestUser) =>
      (user ?? { post: (url: string, body: object) => anonymous("POST", url, body) }).post(
        `/api/v1/portfolios/${handle}/events`,
        { type: "link_click", target },
      );
    expect((await click(linkedin, recruiter)).statusCode).toBe(204);
    expect((await click(website, recruiter)).statusCode).toBe(204);
    expect((await recruiter.post(`/api/v1/portfolios/${handle}/events`, { type: "video_play" })).statusCode).toBe(204);

    const views = await recorded("portfolio.view", owner.id);
    expect(views.map((e) => [e.actorId, e.organizationId, e.properties])).toEqual(
      expect.arrayContaining([
        [recruiter.id, employer.id, { viewerRole: "recruiter" }],
        [null, null, {}],
      ]),
    );
    const clicks = await recorded("portfolio.link_click", owner.id);
    expect(clicks.map((e) => e.properties)).toEqual(
      expect.arrayContaining([
        { target: linkedin, contact: true, viewerRole: "recruiter" },
        { target: website, contact: false, viewerRole: "recruiter" },
      ]),
    );
    expect((await recorded("portfolio.video_play", owner.id)).map((e) => e.properties)).toEqual([
      { viewerRole: "recruiter" },
    ]);
  });
});

describe("scheduling", () => {
  it("follows a link from proposal to booking, reschedule and cancellation", async () => {
    const team = await hiringTeam(app, deps);
    const created = await team.recruiter.post("/api/v1/scheduling-links", {
      applicationId: team.application.id,
      interviewerIds: [team.recruiter.id, team.colleague.id],
      durationMinutes: 45,
      windowStart: berlinAt(0, "00:00"),
      windowEnd: berlinAt(5, "00:00"),
    });
    expect(created.statusCode, created.body).toBe(201);
    const link = created.json();
    const [proposed] = await recorded("scheduling.proposed", link.id);
    expect(proposed).toMatchObject({
      actorId: team.recruiter.id,
      organizationId: team.employer.id,
      feature: "scheduling",
      properties: { applicationId: team.application.id, kind: "link" },
    });

    const page = (await anonymous("GET", `/api/v1/scheduling-links/${link.token}`)).json();
    const booked = await anonymous("POST", `/api/v1/scheduling-links/${link.token}/book`, {
      start: page.slots[0].start,
    });
    expect(booked.statusCode, booked.body).toBe(200);
    const [bookedEvent] = await recorded("scheduling.booked", link.id);
    const interviewId = (bookedEvent!.properties as { interviewId: string }).interviewId;
    expect(bookedEvent).toMatchObject({
      organizationId: team.employer.id,
      properties: { proposedAt: proposed!.occurredAt.toISOString(), applicationId: team.application.id },
    });

    const invite = await waitForMail(deps, team.candidate.email, "Invitation");
    const token = firstLink(invite.text.slice(invite.text.indexOf("Reschedule or cancel")))
      .pathname.split("/")
      .pop()!;
    const manage = (await anonymous("GET", `/api/v1/interview-links/${token}`)).json();
    const moved = await anonymous("POST", `/api/v1/interview-links/${token}/reschedule`, {
      start: manage.alternatives[0].start,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await recorded("scheduling.rescheduled", interviewId)).toEqual([
      expect.objectContaining({ actorId: team.candidate.id, properties: { by: "candidate" } }),
    ]);
    expect((await anonymous("POST", `/api/v1/interview-links/${token}/cancel`, { reason: "" })).statusCode).toBe(200);
    expect(await recorded("scheduling.cancelled", interviewId)).toEqual([
      expect.objectContaining({ actorId: team.candidate.id, properties: { by: "candidate" } }),
    ]);
  });

  it("counts suggested slots as one proposal until the hiring team books one of them", async () => {
    const team = await hiringTeam(app, deps);
    const suggest = () =>
      team.recruiter.post("/api/v1/scheduling/suggest", {
        applicationId: team.application.id,
        interviewerIds: [team.recruiter.id],
        durationMinutes: 60,
        windowStart: berlinAt(0, "00:00"),
        windowEnd: berlinAt(5, "00:00"),
      });
    const first = await suggest();
    expect(first.statusCode, first.body).toBe(200);
    expect((await suggest()).statusCode).toBe(200);
    const proposals = (await recorded("scheduling.proposed")).filter(
      (e) => (e.properties as { applicationId?: string }).applicationId === team.application.id,
    );
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.properties).toMatchObject({ kind: "suggested_slots" });

    const start = first.json().slots[0].start as string;
    const booked = await team.recruiter.post(
      "/api/v1/interviews",
      bookingFor(team, start, { interviewerIds: [team.recruiter.id] }),
    );
    expect(booked.statusCode, booked.body).toBe(201);
    expect(await recorded("scheduling.booked", proposals[0]!.subjectId!)).toEqual([
      expect.objectContaining({
        actorId: team.recruiter.id,
        properties: {
          interviewId: booked.json().id,
          proposedAt: proposals[0]!.occurredAt.toISOString(),
          applicationId: team.application.id,
        },
      }),
    ]);

    // A booking nobody proposed counts as booked (for the rescheduling rate) but answers no proposal.
    const direct = await team.recruiter.post("/api/v1/interviews", bookingFor(team, berlinAt(3, "10:00")));
    expect(direct.statusCode, direct.body).toBe(201);
    const unproposed = (await recorded("scheduling.booked")).find(
      (e) => (e.properties as { interviewId: string }).interviewId === direct.json().id,
    );
    expect(unproposed).toMatchObject({ subjectId: null, properties: { proposedAt: null } });
    const moved = await team.recruiter.post(`/api/v1/interviews/${direct.json().id}/reschedule`, {
      start: berlinAt(3, "14:00"),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await recorded("scheduling.rescheduled", direct.json().id)).map((e) => e.properties)).toEqual([
      { by: "hiring_team" },
    ]);
  });

  it("counts a multi-session loop as one booking, one move and one cancellation", async () => {
    const team = await hiringTeam(app, deps);
    const loop = {
      applicationId: team.application.id,
      sessions: [
        { title: "Coding", durationMinutes: 45, interviewerIds: [team.recruiter.id] },
        { title: "Design", durationMinutes: 45, breakBeforeMinutes: 15, interviewerIds: [team.colleague.id] },
      ],
    };
    const suggested = await team.recruiter.post("/api/v1/scheduling/suggest-loop", {
      ...loop,
      windowStart: berlinAt(0, "00:00"),
      windowEnd: berlinAt(2, "00:00"),
    });
    expect(suggested.statusCode, suggested.body).toBe(200);
    const booked = await team.recruiter.post("/api/v1/interview-loops", {
      ...loop,
      start: suggested.json().slots[0].start,
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const { loopId, interviews } = booked.json() as { loopId: string; interviews: { id: string }[] };
    const first = interviews[0]!.id;
    const [proposal] = (await recorded("scheduling.proposed")).filter(
      (e) => (e.properties as { applicationId?: string }).applicationId === team.application.id,
    );
    expect((await recorded("scheduling.booked", proposal!.subjectId!)).map((e) => e.properties)).toEqual([
      { interviewId: first, proposedAt: proposal!.occurredAt.toISOString(), applicationId: team.application.id },
    ]);

    const moved = await team.candidate.post(`/api/v1/interview-loops/${loopId}/reschedule`, {
      start: berlinAt(3, "09:00"),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const cancelled = await team.recruiter.post(`/api/v1/interview-loops/${loopId}/cancel`, { reason: "Filled" });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const changes = [
      ...(await recorded("scheduling.rescheduled", first)),
      ...(await recorded("scheduling.cancelled", first)),
    ];
    expect(changes.map((e) => [e.type, e.actorId, e.properties])).toEqual([
      ["scheduling.rescheduled", team.candidate.id, { by: "candidate" }],
      ["scheduling.cancelled", team.recruiter.id, { by: "hiring_team" }],
    ]);
    expect(await recorded("scheduling.cancelled", interviews[1]!.id)).toHaveLength(0);
  });
});

describe("resume builder", () => {
  it("records creation by source, analyses with their score and exports by format", async () => {
    const owner = await signUp(app, "candidate");
    const blank = (await owner.post("/api/v1/resumes", { title: "Main", document: sample })).json();
    const copy = (await owner.post(`/api/v1/resumes/${blank.id}/duplicate`, {})).json();
    const imported = await owner.post("/api/v1/resumes/import/json-resume", sample);
    expect(imported.statusCode, imported.body).toBe(201);
    const created = await recordedBy("resume.created", owner.id);
    expect(created.map((e) => [e.subjectId, e.properties])).toEqual([
      [blank.id, { source: "blank" }],
      [copy.id, { source: "copy" }],
      [imported.json().id, { source: "import" }],
    ]);

    const analysis = await owner.post("/api/v1/ats/analyze", {
      resumeId: blank.id,
      jobDescription: "Senior engineer with Kubernetes and PostgreSQL.",
    });
    expect(analysis.statusCode, analysis.body).toBe(200);
    expect((await recorded("resume.analysed", blank.id)).map((e) => e.properties)).toEqual([
      { score: analysis.json().score },
    ]);
    // Analysing a document that is not saved is no resume's analysis.
    await owner.post("/api/v1/ats/analyze", { resume: sample, jobDescription: "Anything" });
    expect(await recordedBy("resume.analysed", owner.id)).toHaveLength(1);

    expect((await owner.get(`/api/v1/resumes/${blank.id}/export.docx`)).statusCode).toBe(200);
    expect((await recorded("resume.exported", blank.id)).map((e) => [e.actorId, e.properties])).toEqual([
      [owner.id, { format: "docx" }],
    ]);
    const stranger = await signUp(app, "candidate");
    expect((await stranger.get(`/api/v1/resumes/${blank.id}/export.docx`)).statusCode).toBe(404);
    expect(await recorded("resume.exported", blank.id)).toHaveLength(1);
  });

  it("tags applications and their stage changes with the A/B variant of the resume sent", async () => {
    const candidate = await signUp(app, "candidate");
    const a = (await candidate.post("/api/v1/resumes", { title: "Generalist", document: sample })).json();
    const b = (await candidate.post("/api/v1/resumes", { title: "Focused", document: sample })).json();
    const experiment = await candidate.post("/api/v1/resume-experiments", { name: "Focus", resumeIds: [a.id, b.id] });
    expect(experiment.statusCode, experiment.body).toBe(201);
    const { recruiter, employer, job } = await recruiterWithJob(app);

    const applied = await candidate.post(`/api/v1/jobs/${job.id}/applications`, { resumeId: b.id });
    expect(applied.statusCode, applied.body).toBe(201);
    const applicationId = applied.json().id as string;
    const arm = { experimentId: experiment.json().id, variantId: "B" };
    expect(await recorded("application.submitted", applicationId)).toEqual([
      expect.objectContaining({ actorId: candidate.id, properties: { resumeId: b.id, ...arm } }),
    ]);

    const moved = await recruiter.post(`/api/v1/applications/${applicationId}/stage`, { stage: "interview" });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await recorded("application.stage_changed", applicationId)).toEqual([
      expect.objectContaining({
        actorId: recruiter.id,
        organizationId: employer.id,
        properties: { from: "applied", to: "interview", ...arm },
      }),
    ]);

    const { job: other } = await recruiterWithJob(app);
    const plain = await candidate.post(`/api/v1/jobs/${other.id}/applications`, {});
    expect((await recorded("application.submitted", plain.json().id)).map((e) => e.properties)).toEqual([{}]);
  });
});
