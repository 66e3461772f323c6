import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { recruiterWithJob, signUp, startTestApp, type TestUser } from "./support/test-app";

const { app, deps } = await startTestApp();
const workDir = mkdtempSync(path.join(tmpdir(), "hirefolio-sharing-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// Views count once per visitor and UTC day; the test moves the app clock a day forward to see a repeat count again.
let clockOffsetMs = 0;
const clockSpy = vi.spyOn(deps.clock, "now").mockImplementation(() => new Date(Date.now() + clockOffsetMs));
afterAll(() => clockSpy.mockRestore());

const document = {
  basics: { name: "Grace Hopper", label: "Compiler engineer", email: "grace@example.test", phone: "+1 555 0100" },
  work: [{ name: "Remington Rand", position: "Senior Mathematician", startDate: "1949-01", highlights: ["Built A-0"] }],
  skills: [{ name: "Languages", keywords: ["COBOL"] }],
};

async function createResume(user: TestUser, title = "Compilers resume") {
  const response = await user.post("/api/v1/resumes", { title, document });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

async function createLink(user: TestUser, resumeId: string, label = "LinkedIn") {
  const response = await user.post(`/api/v1/resumes/${resumeId}/share-links`, { label });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; slug: string; revokedAt: string | null };
}

/** An anonymous visitor: a browser at an address, without cookies. */
function visit(url: string, visitor: { ip: string; userAgent: string }) {
  return app.inject({
    method: "GET",
    url,
    headers: { "x-forwarded-for": visitor.ip, "user-agent": visitor.userAgent },
  });
}

async function eventsOf(resumeId: string) {
  const rows = await deps.database.db
    .select({ kind: schema.resumeEvent.kind, visitorKey: schema.resumeEvent.visitorKey })
    .from(schema.resumeEvent)
    .where(eq(schema.resumeEvent.resumeId, resumeId));
  return {
    views: rows.filter((r) => r.kind === "view").length,
    downloads: rows.filter((r) => r.kind === "download").length,
    keys: rows.map((r) => r.visitorKey),
  };
}

async function pdfText(pdf: Buffer) {
  const file = path.join(workDir, `shared-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return (await promisify(execFile)("/usr/bin/pdftotext", [file, "-"])).stdout;
}

const alice = { ip: "203.0.113.10", userAgent: "Mozilla/5.0 (X11; Linux) Firefox/140" };
const bob = { ip: "198.51.100.7", userAgent: "Mozilla/5.0 (Macintosh) Safari/18" };

describe("share links", () => {
  it("are created with a 128-bit base64url slug, listed and revoked by the owner only", async () => {
    const owner = await signUp(app, "candidate");
    const other = await signUp(app, "candidate");
    const { id: resumeId } = await createResume(owner);
    const first = await createLink(owner, resumeId);
    const second = await createLink(owner, resumeId, "Portfolio site");
    for (const link of [first, second]) {
      expect(link.slug).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(link.slug, "base64url")).toHaveLength(16);
    }
    expect(first.slug).not.toBe(second.slug);
    const listed = (await owner.get(`/api/v1/resumes/${resumeId}/share-links`)).json().items;
    expect(listed.map((l: { id: string }) => l.id)).toEqual([second.id, first.id]);

    for (const response of [
      await other.get(`/api/v1/resumes/${resumeId}/share-links`),
      await other.post(`/api/v1/resumes/${resumeId}/share-links`, { label: "mine now" }),
      await other.post(`/api/v1/resumes/${resumeId}/share-links/${first.id}/revoke`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
    expect((await visit(`/api/v1/shared-resumes/${first.slug}`, alice)).statusCode).toBe(200);

    const revoked = await owner.post(`/api/v1/resumes/${resumeId}/share-links/${first.id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).toEqual(expect.any(String));
    const again = await owner.post(`/api/v1/resumes/${resumeId}/share-links/${first.id}/revoke`);
    expect(again.json().revokedAt).toBe(revoked.json().revokedAt);
    for (const url of [`/api/v1/shared-resumes/${first.slug}`, `/api/v1/shared-resumes/${first.slug}/export.pdf`]) {
      const response = await visit(url, alice);
      expect(response.statusCode).toBe(404);
      expect(response.json().type).toMatch(/not-found$/);
    }
    expect((await visit(`/api/v1/shared-resumes/${second.slug}`, alice)).statusCode).toBe(200);
    expect((await visit("/api/v1/shared-resumes/AAAAAAAAAAAAAAAAAAAAAA", alice)).statusCode).toBe(404);
    const wrongResume = await owner.post(
      `/api/v1/resumes/${(await createResume(owner)).id}/share-links/${second.id}/revoke`,
    );
    expect(wrongResume.statusCode).toBe(404);
  });

  it("rejects a label that is too long and writes nothing", async () => {
    const owner = await signUp(app, "candidate");
    const { id: resumeId } = await createResume(owner);
    const response = await owner.post(`/api/v1/resumes/${resumeId}/share-links`, { label: "x".repeat(81) });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe("body.label");
    expect((await owner.get(`/api/v1/resumes/${resumeId}/share-links`)).json().items).toEqual([]);
  });
});

describe("the public shared resume", () => {
  it("shows the document without account details and counts each visitor once a day", async () => {
    const owner = await signUp(app, "candidate");
    const { id: resumeId } = await createResume(owner);
    const { slug } = await createLink(owner, resumeId);
    const url = `/api/v1/shared-resumes/${slug}`;

    const response = await visit(url, alice);
    expect(response.statusCode).toBe(200);
    expect(response.headers["x-robots-tag"]).toBe("noindex");
    expect(response.headers["cache-control"]).toContain("no-store");
    const shared = response.json();
    expect(shared.document.basics.name).toBe("Grace Hopper");
    expect(shared.document.basics.email).toBe("grace@example.test");
    expect(shared.templateId).toBe("software-engineering");
    expect(Object.keys(shared).sort()).toEqual(["document", "templateId", "title", "updatedAt"]);
    expect(response.body).not.toContain(owner.id);
    expect(response.body).not.toContain(owner.email);

    await visit(url, alice);
    await visit(url, alice);
    await visit(url, bob);
    await visit(url, { ...alice, userAgent: "Mozilla/5.0 (Android) Chrome/131" });
    // The owner checking their own link is not a visitor.
    await owner.get(url);
    let events = await eventsOf(resumeId);
    expect(events.views).toBe(3);
    // Only a hash is stored: no address or browser string.
    for (const key of events.keys) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(key).not.toContain("203.0.113.10");
    }

    clockOffsetMs += 86_400_000;
    await visit(url, alice);
    events = await eventsOf(resumeId);
    expect(events.views).toBe(4);
  });

  it("downloads as a real PDF with the resume's text and counts the download", async () => {
    const owner = await signUp(app, "candidate");
    const { id: resumeId } = await createResume(owner);
    const { slug } = await createLink(owner, resumeId);
    const response = await visit(`/api/v1/shared-resumes/${slug}/export.pdf`, bob);
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toContain("Compilers-resume.pdf");
    expect(response.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(response.rawPayload);
    for (const needle of ["Grace Hopper", "Senior Mathematician", "COBOL"]) expect(text).toContain(needle);
    await visit(`/api/v1/shared-resumes/${slug}/export.pdf`, bob);
    expect((await eventsOf(resumeId)).downloads).toBe(1);
  });

  it("is rate limited per address", async () => {
    const attacker = { ip: "192.0.2.99", userAgent: "curl/8" };
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      statuses.push((await visit("/api/v1/shared-resumes/BBBBBBBBBBBBBBBBBBBBBB/export.pdf", attacker)).statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect((await visit("/api/v1/shared-resumes/BBBBBBBBBBBBBBBBBBBBBB/export.pdf", bob)).statusCode).toBe(404);
  });
});

describe("the resume attached to an application", () => {
  it("is stored with the application and readable by the candidate and that employer's team only", async () => {
    const candidate = await signUp(app, "candidate");
    const { id: resumeId } = await createResume(candidate, "Backend variant");
    const { recruiter, job } = await recruiterWithJob(app);
    const { recruiter: otherRecruiter } = await recruiterWithJob(app);
    const otherCandidate = await signUp(app, "candidate");

    const applied = await candidate.post(`/api/v1/jobs/${job.id}/applications`, { coverNote: "Hi", resumeId });
    expect(applied.statusCode, applied.body).toBe(201);
    const application = applied.json();
    expect(application.resumeId).toBe(resumeId);
    expect((await recruiter.get(`/api/v1/applications/${application.id}`)).json().resumeId).toBe(resumeId);

    for (const user of [recruiter, candidate]) {
      const attached = await user.get(`/api/v1/applications/${application.id}/resume`);
      expect(attached.statusCode).toBe(200);
      expect(attached.json()).toMatchObject({ resumeId, title: "Backend variant" });
      expect(attached.json().document.basics.name).toBe("Grace Hopper");
    }
    const pdf = await recruiter.get(`/api/v1/applications/${application.id}/resume.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");

    for (const stranger of [otherRecruiter, otherCandidate]) {
      expect((await stranger.get(`/api/v1/applications/${application.id}/resume`)).statusCode).toBe(404);
      expect((await stranger.get(`/api/v1/applications/${application.id}/resume.pdf`)).statusCode).toBe(404);
    }
  });

  it("keeps the resume as it was sent, through later edits and after the candidate deletes it", async () => {
    const candidate = await signUp(app, "candidate");
    const { id: resumeId } = await createResume(candidate, "As sent");
    const { recruiter, job } = await recruiterWithJob(app);
    const application = (await candidate.post(`/api/v1/jobs/${job.id}/applications`, { resumeId })).json();
    expect(application.hasResume).toBe(true);

    const edited = { ...document, basics: { ...document.basics, name: "Edited Later" } };
    expect(
      (await candidate.patch(`/api/v1/resumes/${resumeId}`, { title: "Renamed", document: edited })).statusCode,
    ).toBe(200);
    const attached = (await recruiter.get(`/api/v1/applications/${application.id}/resume`)).json();
    expect(attached).toMatchObject({ resumeId, title: "As sent" });
    expect(attached.document.basics.name).toBe("Grace Hopper");
    expect(
      await pdfText((await recruiter.get(`/api/v1/applications/${application.id}/resume.pdf`)).rawPayload),
    ).toContain("Grace Hopper");

    expect((await candidate.delete(`/api/v1/resumes/${resumeId}`)).statusCode).toBe(204);
    const afterDelete = (await recruiter.get(`/api/v1/applications/${application.id}`)).json();
    expect(afterDelete).toMatchObject({ resumeId: null, hasResume: true });
    const kept = await recruiter.get(`/api/v1/applications/${application.id}/resume`);
    expect(kept.statusCode).toBe(200);
    expect(kept.json()).toMatchObject({ resumeId: null, title: "As sent" });
  });

  it("answers 404 when the application was sent without a resume", async () => {
    const candidate = await signUp(app, "candidate");
    const { recruiter, job } = await recruiterWithJob(app);
    const application = (await candidate.post(`/api/v1/jobs/${job.id}/applications`, {})).json();
    expect(application).toMatchObject({ resumeId: null, hasResume: false });
    const response = await recruiter.get(`/api/v1/applications/${application.id}/resume`);
    expect(response.statusCode).toBe(404);
    expect(response.json().title).toBe("Resume not found");
  });

  it("refuses someone else's resume and stores no application", async () => {
    const owner = await signUp(app, "candidate");
    const { id: resumeId } = await createResume(owner);
    const thief = await signUp(app, "candidate");
    const { job } = await recruiterWithJob(app);
    const response = await thief.post(`/api/v1/jobs/${job.id}/applications`, { resumeId });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect((await thief.get("/api/v1/me/applications")).json().items).toEqual([]);
    expect((await thief.post(`/api/v1/jobs/${job.id}/applications`, { resumeId: "" })).statusCode).toBe(400);
  });
});
