import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";
import type { AtsAnalysis, AtsSuggestion, SuggestionDraft } from "@hirefolio/shared";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { draftSystemPrompt } from "../src/modules/resume-suggestions/llm-draft";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

// An OpenAI-compatible server replaying recorded chat-completion payloads (api.openai.com, gpt-4o-mini; only ids
// and wording shortened). The answers invent figures on purpose: the API must replace them with placeholders.
const recordedCompletion = (content: string) => ({
  id: "chatcmpl-C1xR4mW9pT2eQ7sL0aVb3nHk8ZdYf",
  object: "chat.completion",
  created: 1764062118,
  model: "gpt-4o-mini-2024-07-18",
  choices: [
    {
      index: 0,
      message: { role: "assistant", content, refusal: null, annotations: [] },
      logprobs: null,
      finish_reason: "stop",
    },
  ],
  usage: { prompt_tokens: 412, completion_tokens: 41, total_tokens: 453 },
  service_tier: "default",
  system_fingerprint: "fp_34a54ae93c",
});
const bulletAnswer =
  '"Maintained the checkout service used by 1,200 shops in TypeScript, cutting failed payments by 35% for 40,000 customers."';
const summaryAnswer =
  "**Backend Engineer with 12 years of experience in TypeScript and SQL, keeping a checkout service for 1200 shops running and shipping hundreds of releases.**";

const apiKey = "sk-test-suggestions";
let llmFails = false;
const llmRequests: { messages: { role: string; content: string }[] }[] = [];

async function handleLlm(request: IncomingMessage, response: ServerResponse) {
  const body = JSON.parse(await text(request));
  llmRequests.push(body);
  if (llmFails || request.headers.authorization !== `Bearer ${apiKey}`) {
    response.writeHead(500, { "content-type": "application/json" });
    response.end(JSON.stringify({ error: { message: "The server had an error", type: "server_error" } }));
    return;
  }
  const prompt: string = body.messages.at(-1).content;
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify(recordedCompletion(prompt.includes("summary") ? summaryAnswer : bulletAnswer)));
}
const llmServer = createServer((request, response) => {
  handleLlm(request, response).catch((error: unknown) => response.writeHead(500).end(String(error)));
});
await new Promise<void>((resolve) => llmServer.listen(0, "127.0.0.1", resolve));
afterAll(() => new Promise<void>((resolve) => llmServer.close(() => resolve())));

const { app, deps } = await startTestApp();
const llmApp = await startTestApp({
  LLM_BASE_URL: `http://127.0.0.1:${(llmServer.address() as AddressInfo).port}/v1`,
  LLM_API_KEY: apiKey,
  LLM_MODEL: "gpt-4o-mini",
});
// Building the ATS vocabulary and loading the PDF stack take seconds on a busy machine; not part of any test.
await Promise.all([app.warmUp(), llmApp.app.warmUp()]);

// Score history points are a minute apart; both apps share the process clock, so the test moves it forward.
let clockOffsetMs = 0;
const clockSpy = vi.spyOn(deps.clock, "now").mockImplementation(() => new Date(Date.now() + clockOffsetMs));
afterAll(() => clockSpy.mockRestore());

const jobDescription = `Backend Engineer

Requirements
- Strong TypeScript and SQL
- PostgreSQL in production
- Kubernetes and Docker

Nice to have
- GraphQL`;

const document = {
  basics: { name: "Maya Chen", label: "Backend Engineer", email: "maya@example.com", summary: "Engineer." },
  work: [
    {
      name: "Acme",
      position: "Backend Engineer",
      startDate: "2018-04",
      highlights: [
        "Responsible for maintaining the checkout service used by 1200 shops",
        "Improved the build pipeline for the payments team",
      ],
    },
  ],
  skills: [{ name: "Languages", keywords: ["TypeScript", "SQL"] }],
};

async function savedResume(user: TestUser, doc: object = document) {
  const response = await user.post("/api/v1/resumes", { title: "Main", document: doc });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

async function analyze(user: TestUser, resumeId: string, jd = jobDescription): Promise<AtsAnalysis> {
  const response = await user.post("/api/v1/ats/analyze", { resumeId, jobDescription: jd });
  expect(response.statusCode).toBe(200);
  return response.json();
}

const decide = (user: TestUser, resumeId: string, suggestion: AtsSuggestion, decision: string) =>
  user.post(`/api/v1/resumes/${resumeId}/suggestion-decisions`, { suggestion, decision });

beforeEach(() => {
  llmFails = false;
  llmRequests.length = 0;
});

describe("suggestion decisions", () => {
  it("records accepts and dismissals, and a dismissed suggestion is not offered again for that text", async () => {
    const owner = await signUp(app, "candidate");
    const resumeId = await savedResume(owner);
    const first = await analyze(owner, resumeId);
    const quantify = first.suggestions.find((s) => s.kind === "quantify");
    const keyword = first.suggestions.find((s) => s.kind === "insert-keyword");
    expect(quantify?.where).toBe("work[0].highlights[1]");
    expect(keyword).toBeDefined();

    const dismissed = await decide(owner, resumeId, quantify!, "dismissed");
    expect(dismissed.statusCode).toBe(201);
    expect(dismissed.json()).toMatchObject({ kind: "quantify", decision: "dismissed", source: "offline" });
    expect((await decide(owner, resumeId, keyword!, "accepted")).statusCode).toBe(201);

    const again = await analyze(owner, resumeId);
    expect(again.suggestions.map((s) => s.id)).not.toContain(quantify!.id);
    expect(again.suggestions.map((s) => s.id)).toContain(keyword!.id);
    expect(again.suggestions).toHaveLength(first.suggestions.length - 1);
    // Dismissals belong to the saved resume: the same document sent inline still gets every suggestion.
    const inline = (await owner.post("/api/v1/ats/analyze", { resume: document, jobDescription })).json();
    expect(inline.suggestions.map((s: AtsSuggestion) => s.id)).toContain(quantify!.id);

    // Once the bullet's text changes, suggestions for the new text are offered again.
    const edited = structuredClone(document);
    edited.work[0]!.highlights[1] = "Improved the build pipeline for the whole payments team";
    expect((await owner.patch(`/api/v1/resumes/${resumeId}`, { document: edited })).statusCode).toBe(200);
    const afterEdit = await analyze(owner, resumeId);
    expect(afterEdit.suggestions.find((s) => s.where === "work[0].highlights[1]")?.kind).toBe("quantify");

    const listed = await owner.get(`/api/v1/resumes/${resumeId}/suggestion-decisions`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((d: { kind: string; decision: string }) => [d.kind, d.decision])).toEqual([
      ["insert-keyword", "accepted"],
      ["quantify", "dismissed"],
    ]);
    expect(listed.json().items[1]).toMatchObject({ before: quantify!.before, after: quantify!.after });
  });

  it("answers 404 to anyone but the owner and writes nothing", async () => {
    const owner = await signUp(app, "candidate");
    const resumeId = await savedResume(owner);
    const [suggestion] = (await analyze(owner, resumeId)).suggestions;
    for (const stranger of [await signUp(app, "candidate"), await signUp(app, "recruiter")]) {
      expect((await decide(stranger, resumeId, suggestion!, "dismissed")).statusCode).toBe(404);
      expect((await stranger.get(`/api/v1/resumes/${resumeId}/suggestion-decisions`)).statusCode).toBe(404);
      expect((await stranger.get(`/api/v1/resumes/${resumeId}/ats-scores`)).statusCode).toBe(404);
      const draft = await stranger.post(`/api/v1/resumes/${resumeId}/suggestions/draft`, { kind: "summary" });
      expect(draft.statusCode).toBe(404);
      expect(draft.headers["content-type"]).toContain("application/problem+json");
    }
    const anonymous = await app.inject({ method: "GET", url: `/api/v1/resumes/${resumeId}/suggestion-decisions` });
    expect(anonymous.statusCode).toBe(401);
    expect((await owner.get(`/api/v1/resumes/${resumeId}/suggestion-decisions`)).json().items).toEqual([]);
    expect((await analyze(owner, resumeId)).suggestions[0]?.id).toBe(suggestion!.id);
  });

  it("refuses bad input with the field named, and records nothing", async () => {
    const owner = await signUp(app, "candidate");
    const resumeId = await savedResume(owner);
    const valid = { kind: "summary", where: "basics.summary", after: "Backend Engineer with [N] years." };
    const bad = [
      { suggestion: valid, decision: "maybe" },
      { suggestion: { ...valid, kind: "poem" }, decision: "accepted" },
      { suggestion: { ...valid, where: "../../etc/passwd" }, decision: "accepted" },
      { suggestion: { ...valid, after: "   " }, decision: "accepted" },
      { suggestion: { ...valid, after: "x".repeat(5_001) }, decision: "accepted" },
      { decision: "accepted" },
    ];
    for (const body of bad) {
      const response = await owner.post(`/api/v1/resumes/${resumeId}/suggestion-decisions`, body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json().errors.length).toBeGreaterThan(0);
    }
    const draft = await owner.post(`/api/v1/resumes/${resumeId}/suggestions/draft`, { kind: "rewrite-bullet" });
    expect(draft.statusCode).toBe(400);
    expect(draft.json().errors.map((e: { field: string }) => e.field)).toContain("body.where");
    const noSuchBullet = await owner.post(`/api/v1/resumes/${resumeId}/suggestions/draft`, {
      kind: "rewrite-bullet",
      where: "work[4].highlights[0]",
    });
    expect(noSuchBullet.statusCode).toBe(400);
    expect((await owner.get(`/api/v1/resumes/${resumeId}/suggestion-decisions`)).json().items).toEqual([]);
  });
});

describe("ATS score history", () => {
  it("keeps the first score as baseline and then one point per minute per job description", async () => {
    const owner = await signUp(app, "candidate");
    const resumeId = await savedResume(owner);
    const first = await analyze(owner, resumeId);
    const hash = first.jobDescriptionHash!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // The same posting pasted with other line breaks and case continues the same series.
    const again = await analyze(owner, resumeId, jobDescription.toUpperCase().replace(/\n/g, "\n\n"));
    expect(again.jobDescriptionHash).toBe(hash);

    const skills = [{ name: "Languages", keywords: ["TypeScript", "SQL", "PostgreSQL", "Kubernetes", "Docker"] }];
    await owner.patch(`/api/v1/resumes/${resumeId}`, { document: { ...document, skills } });
    const improved = await analyze(owner, resumeId);
    expect(improved.score).toBeGreaterThan(first.score);
    const series = async () =>
      (await owner.get(`/api/v1/resumes/${resumeId}/ats-scores?jobDescriptionHash=${hash}`)).json().items;
    // Within the minute the second point took the newer score; the baseline kept the first.
    expect((await series()).map((p: { score: number }) => p.score)).toEqual([first.score, improved.score]);

    clockOffsetMs += 61_000;
    await analyze(owner, resumeId);
    expect((await series()).map((p: { score: number }) => p.score)).toEqual([
      first.score,
      improved.score,
      improved.score,
    ]);
    await analyze(owner, resumeId, "Data Analyst\n\nRequirements\n- Excel and Tableau");
    const all = (await owner.get(`/api/v1/resumes/${resumeId}/ats-scores`)).json().items;
    expect(all).toHaveLength(4);
    expect(new Set(all.map((p: { jobDescriptionHash: string }) => p.jobDescriptionHash)).size).toBe(2);

    expect((await owner.get(`/api/v1/resumes/${resumeId}/ats-scores?jobDescriptionHash=abc`)).statusCode).toBe(400);
    // An inline analysis stores nothing.
    const inline = (await owner.post("/api/v1/ats/analyze", { resume: document, jobDescription })).json();
    expect(inline.jobDescriptionHash).toBeUndefined();
    expect((await owner.get(`/api/v1/resumes/${resumeId}/ats-scores`)).json().items).toHaveLength(4);
  });
});

describe("PDF read-back in the ATS check", () => {
  it("reports the exported PDF's pages and text that does not survive it, and sees the fix after a save", async () => {
    const owner = await signUp(app, "candidate");
    const broken = structuredClone(document);
    broken.basics.summary = "Backend engineer \u{1F680} who keeps checkout fast and payments reliable for shops.";
    const resumeId = await savedResume(owner, broken);

    const analysis = await analyze(owner, resumeId);
    expect(analysis.exportedPdf).toEqual({ templateId: "software-engineering", pageCount: 1 });
    const lost = analysis.checks.filter((c) => c.id === "pdf-text.text-lost");
    expect(lost.map((c) => [c.where, c.severity])).toEqual([["basics.summary", "error"]]);

    const fixed = structuredClone(broken);
    fixed.basics.summary = "Backend engineer who keeps checkout fast and payments reliable for shops.";
    await owner.patch(`/api/v1/resumes/${resumeId}`, { document: fixed });
    const after = await analyze(owner, resumeId);
    expect(after.checks.map((c) => c.id)).not.toContain("pdf-text.text-lost");
    expect(after.subscores.format).toBeGreaterThan(analysis.subscores.format);
  });

  it("counts the pages of a long resume and warns past two", async () => {
    const owner = await signUp(app, "candidate");
    const bullet = (n: number) =>
      `Delivered project ${n} for the payments platform, coordinating design, review, rollout and support with several teams across the company.`;
    const work = Array.from({ length: 8 }, (_, i) => ({
      name: `Company ${i}`,
      position: "Backend Engineer",
      startDate: `${2010 + i}-01`,
      highlights: Array.from({ length: 12 }, (_, j) => bullet(i * 12 + j)),
    }));
    const resumeId = await savedResume(owner, { ...document, work });
    const analysis = await analyze(owner, resumeId);
    expect(analysis.exportedPdf!.pageCount).toBeGreaterThanOrEqual(3);
    expect(analysis.checks.map((c) => c.id)).toContain("length.too-many-pages");
  });
});

describe("drafts", () => {
  it("drafts a summary and a bullet rewrite with the built-in engine, never with an invented figure", async () => {
    const owner = await signUp(app, "candidate");
    const resumeId = await savedResume(owner);
    const summary = await owner.post(`/api/v1/resumes/${resumeId}/suggestions/draft`, {
      kind: "summary",
      jobDescription,
    });
    expect(summary.statusCode).toBe(200);
    const drafted: SuggestionDraft = summary.json();
    expect(drafted.llmUnavailable).toBe(false);
    expect(drafted.suggestions).toHaveLength(1);
    const years = Math.floor((deps.clock.now().getTime() - Date.UTC(2018, 3, 1)) / (365.25 * 86_400_000));
    expect(drafted.suggestions[0]).toMatchObject({
      kind: "summary",
      where: "basics.summary",
      before: "Engineer.",
      source: "offline",
      after: `Backend Engineer with ${years} years of experience in TypeScript and SQL. [Your biggest result, with its figure]. [What you want to do next].`,
    });

    const bullet = (
      await owner.post(`/api/v1/resumes/${resumeId}/suggestions/draft`, {
        kind: "rewrite-bullet",
        where: "work[0].highlights[0]",
      })
    ).json();
    expect(bullet.suggestions).toEqual([
      expect.objectContaining({
        kind: "rewrite-bullet",
        source: "offline",
        before: "Responsible for maintaining the checkout service used by 1200 shops",
        after: expect.stringMatching(/^Maintained the checkout service used by 1200 shops/),
      }),
    ]);
  });

  it("asks the configured LLM with the resume's facts only, and replaces figures the resume does not state", async () => {
    const owner = await signUp(llmApp.app, "candidate");
    const resumeId = await savedResume(owner);
    const response = await owner.post(`/api/v1/resumes/${resumeId}/suggestions/draft`, {
      kind: "rewrite-bullet",
      where: "work[0].highlights[0]",
      jobDescription,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      llmUnavailable: false,
      suggestions: [
        expect.objectContaining({
          kind: "rewrite-bullet",
          source: "llm",
          where: "work[0].highlights[0]",
          before: "Responsible for maintaining the checkout service used by 1200 shops",
          after:
            "Maintained the checkout service used by 1,200 shops in TypeScript, cutting failed payments by [N]% for [N] customers.",
        }),
      ],
    });
    expect(llmRequests).toHaveLength(1);
    const [system, user] = llmRequests[0]!.messages;
    expect(system).toEqual({ role: "system", content: draftSystemPrompt });
    expect(user?.content).toContain("Bullet to rewrite: Responsible for maintaining the checkout service");
    expect(user?.content).toMatch(/does NOT show \(never claim them\): .*Kubernetes/);

    const summary = (
      await owner.post(`/api/v1/resumes/${resumeId}/suggestions/draft`, { kind: "summary", jobDescription })
    ).json();
    // "12 years" is not what the resume's dates give, and "hundreds" is a figure too.
    expect(summary.suggestions[0].after).toBe(
      "Backend Engineer with [N] years of experience in TypeScript and SQL, keeping a checkout service for 1200 shops running and shipping [N] of releases.",
    );
  });

  it("falls back to the built-in engine when the LLM fails", async () => {
    llmFails = true;
    const owner = await signUp(llmApp.app, "candidate");
    const resumeId = await savedResume(owner);
    const response = await owner.post(`/api/v1/resumes/${resumeId}/suggestions/draft`, { kind: "summary" });
    expect(response.statusCode).toBe(200);
    expect(response.json().llmUnavailable).toBe(true);
    expect(response.json().suggestions[0].source).toBe("offline");
    expect(llmRequests.length).toBeGreaterThanOrEqual(1);
  });
});
