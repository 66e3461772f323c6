import { readFileSync } from "node:fs";
import type { InjectOptions } from "fastify";
import { afterAll, describe, expect, it, vi } from "vitest";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

const { app, deps } = await startTestApp();

// The resumes service asks deps.clock for the time on every save, so the test moves that clock forward to step
// past the autosave window. It keeps running (real time plus an offset that only grows), so saves stay in order.
// deps.clock is the process's systemClock; each test file runs in a process of its own, and it is restored below.
let clockOffsetMs = 0;
const clockSpy = vi.spyOn(deps.clock, "now").mockImplementation(() => new Date(Date.now() + clockOffsetMs));
afterAll(() => clockSpy.mockRestore());
const pastAutosaveWindow = () => {
  clockOffsetMs += 61_000;
};

const sample = JSON.parse(readFileSync(new URL("./fixtures/jsonresume/sample.resume.json", import.meta.url), "utf8"));

const document = {
  basics: { name: "Ada Lovelace", label: "Engineer", email: "ada@example.test" },
  work: [
    {
      name: "Analytical Engines",
      position: "Programmer",
      startDate: "1842-09",
      highlights: ["Wrote the first program", "Explained loops to the engine's inventor"],
    },
  ],
  skills: [{ name: "Mathematics", keywords: ["Algebra"] }],
};

interface Version {
  id: string;
  number: number;
  name: string | null;
  summary: string;
  createdAt: string;
  updatedAt: string;
}

async function createResume(user: TestUser, body: Record<string, unknown> = {}) {
  const response = await user.post("/api/v1/resumes", { title: "Backend resume", document, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function save(user: TestUser, id: string, body: Record<string, unknown>) {
  const response = await user.patch(`/api/v1/resumes/${id}`, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function versionsOf(user: TestUser, id: string): Promise<Version[]> {
  return (await user.get(`/api/v1/resumes/${id}/versions`)).json().items;
}

const withWork = (changes: Record<string, unknown>) => ({ ...document, work: [{ ...document.work[0], ...changes }] });

describe("resumes", () => {
  it("creates, reads, lists most recently updated first, renames and deletes", async () => {
    const user = await signUp(app, "candidate");
    const empty = await createResume(user, { title: "  Empty  ", document: undefined });
    expect(empty).toMatchObject({ title: "Empty", templateId: "software-engineering" });
    expect(empty.document).toMatchObject({ basics: {}, work: [], skills: [], projects: [] });
    const full = await createResume(user, { templateId: "data-science" });
    expect(full.document.work[0].highlights).toEqual(document.work[0]!.highlights);

    const titles = async (query = "") =>
      (await user.get(`/api/v1/resumes${query}`)).json().items.map((r: { title: string }) => r.title);
    expect(await titles()).toEqual(["Backend resume", "Empty"]);
    await save(user, empty.id, { title: "Renamed" });
    expect(await titles()).toEqual(["Renamed", "Backend resume"]);
    const firstPage = (await user.get("/api/v1/resumes?limit=1")).json();
    expect(firstPage.items[0].document).toBeUndefined();
    expect(await titles(`?limit=1&cursor=${firstPage.nextCursor}`)).toEqual(["Backend resume"]);

    expect((await user.delete(`/api/v1/resumes/${full.id}`)).statusCode).toBe(204);
    expect((await user.get(`/api/v1/resumes/${full.id}`)).statusCode).toBe(404);
    expect(await titles()).toEqual(["Renamed"]);
  });

  it("refuses an invalid document with problem+json naming each field, and stores nothing", async () => {
    const user = await signUp(app, "candidate");
    const invalid = {
      title: "",
      document: {
        basics: { email: "not-an-email", url: "javascript:alert(1)" },
        work: [{ name: "Acme", startDate: "June 2020", highlights: Array.from({ length: 31 }, () => "x") }],
      },
    };
    const response = await user.post("/api/v1/resumes", invalid);
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining([
        "body.title",
        "body.document.basics.email",
        "body.document.basics.url",
        "body.document.work.0.startDate",
        "body.document.work.0.highlights",
      ]),
    );
    expect((await user.get("/api/v1/resumes")).json().items).toEqual([]);

    const resume = await createResume(user);
    const patch = await user.patch(`/api/v1/resumes/${resume.id}`, { document: invalid.document });
    expect(patch.statusCode).toBe(400);
    expect((await user.get(`/api/v1/resumes/${resume.id}`)).json().document).toEqual(resume.document);
    expect(await versionsOf(user, resume.id)).toHaveLength(1);
  });

  it("stores HTML and script in fields as plain text and returns them as JSON text", async () => {
    const user = await signUp(app, "candidate");
    const script = "<script>alert('x')</script><b>bold</b>";
    const resume = await createResume(user, {
      document: { basics: { name: script }, work: [{ highlights: [script] }] },
    });
    const response = await user.get(`/api/v1/resumes/${resume.id}`);
    expect(response.headers["content-type"]).toContain("application/json");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.json().document.basics.name).toBe(script);
    expect(response.json().document.work[0].highlights).toEqual([script]);
  });

  it("refuses a body over 512 KB with 413", async () => {
    const user = await signUp(app, "candidate");
    const resume = await createResume(user);
    const huge = { document: { basics: { summary: "x".repeat(600 * 1024) } } };
    for (const response of [
      await user.patch(`/api/v1/resumes/${resume.id}`, huge),
      await user.post("/api/v1/resumes", { title: "Huge", ...huge }),
    ]) {
      expect(response.statusCode).toBe(413);
      expect(response.json().type).toMatch(/payload-too-large$/);
    }
    expect((await user.get("/api/v1/resumes")).json().items).toHaveLength(1);
  });

  it("duplicates a resume as a new one with one version; editing the copy leaves the original", async () => {
    const user = await signUp(app, "candidate");
    const original = await createResume(user);
    const response = await user.post(`/api/v1/resumes/${original.id}/duplicate`);
    expect(response.statusCode).toBe(201);
    const copy = response.json();
    expect(copy).toMatchObject({ title: "Backend resume (copy)", document: original.document });
    expect(copy.id).not.toBe(original.id);
    const versions = await versionsOf(user, copy.id);
    expect(versions.map((v) => v.summary)).toEqual(["Copied from “Backend resume”"]);
    await save(user, copy.id, { document: withWork({ position: "Lead" }) });
    expect((await user.get(`/api/v1/resumes/${original.id}`)).json().document.work[0].position).toBe("Programmer");
    const named = await user.post(`/api/v1/resumes/${original.id}/duplicate`, { title: "For Acme" });
    expect(named.json().title).toBe("For Acme");
  });
});

describe("resume versions", () => {
  it("merges saves less than a minute apart into the newest version and starts a new one after", async () => {
    const user = await signUp(app, "candidate");
    const resume = await createResume(user);
    const [first] = await versionsOf(user, resume.id);
    expect(first).toMatchObject({ number: 1, name: null, summary: "Created" });

    await save(user, resume.id, { document: withWork({ position: "Senior Programmer" }) });
    const merged = await versionsOf(user, resume.id);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.number).toBe(1);
    expect(merged[0]!.id, "a merged save is a new state with its own id").not.toBe(first!.id);
    expect(merged[0]!.updatedAt > first!.updatedAt).toBe(true);

    pastAutosaveWindow();
    const saved = await save(user, resume.id, {
      document: { ...withWork({ position: "Senior Programmer" }), basics: { ...document.basics, label: "Lead" } },
    });
    let versions = await versionsOf(user, resume.id);
    expect(versions.map((v) => [v.number, v.summary])).toEqual([
      [2, "1 field changed in basics"],
      [1, "Created"],
    ]);
    expect(saved.currentVersionId).toBe(versions[0]!.id);

    // A second quick save lands in version 2, whose summary now covers both saves since version 1.
    await save(user, resume.id, {
      document: { ...withWork({ position: "Staff Programmer" }), basics: { ...document.basics, label: "Lead" } },
    });
    versions = await versionsOf(user, resume.id);
    expect(versions.map((v) => [v.number, v.summary])).toEqual([
      [2, "2 fields changed in basics, work"],
      [1, "Created"],
    ]);

    pastAutosaveWindow();
    await save(user, resume.id, { title: "Only the title" });
    const unchanged = await save(user, resume.id, {
      document: (await user.get(`/api/v1/resumes/${resume.id}`)).json().document,
    });
    expect(unchanged.currentVersionId).toBe(versions[0]!.id);
    expect(await versionsOf(user, resume.id)).toHaveLength(2);
  });

  it("never merges a save into a named version, and names can be changed or removed", async () => {
    const user = await signUp(app, "candidate");
    const resume = await createResume(user);
    const [first] = await versionsOf(user, resume.id);
    const named = await user.patch(`/api/v1/resumes/${resume.id}/versions/${first!.id}`, { name: "  Sent to Acme " });
    expect(named.statusCode).toBe(200);
    expect(named.json()).toMatchObject({ id: first!.id, number: 1, name: "Sent to Acme" });

    await save(user, resume.id, { document: withWork({ position: "Lead" }) });
    const versions = await versionsOf(user, resume.id);
    expect(versions.map((v) => [v.number, v.name])).toEqual([
      [2, null],
      [1, "Sent to Acme"],
    ]);
    const diff = (await user.get(`/api/v1/resumes/${resume.id}/diff?from=${first!.id}`)).json();
    expect(diff.changes.map((c: { path: string }) => c.path)).toEqual(["work[0].position"]);

    const cleared = await user.patch(`/api/v1/resumes/${resume.id}/versions/${first!.id}`, { name: null });
    expect(cleared.json().name).toBeNull();
    expect((await user.patch(`/api/v1/resumes/${resume.id}/versions/${first!.id}`, { name: "" })).statusCode).toBe(400);
    expect((await user.patch(`/api/v1/resumes/${resume.id}/versions/nope`, { name: "x" })).statusCode).toBe(404);
  });

  it("takes simultaneous saves one at a time, so version numbers never collide", async () => {
    const user = await signUp(app, "candidate");
    const resume = await createResume(user);
    pastAutosaveWindow();
    const saves = await Promise.all(
      ["A", "B", "C", "D"].map((p) =>
        user.patch(`/api/v1/resumes/${resume.id}`, { document: withWork({ position: p }) }),
      ),
    );
    expect(saves.map((s) => s.statusCode)).toEqual([200, 200, 200, 200]);
    expect((await versionsOf(user, resume.id)).map((v) => v.number)).toEqual([2, 1]);
  });

  it("never merges a save into a version another user saved", async () => {
    const user = await signUp(app, "candidate");
    const other = await signUp(app, "candidate");
    const resume = await createResume(user);
    // No route lets anyone but the owner save yet; the row stands in for a future shared editor.
    await deps.database.query("update resume_version set created_by = $1 where resume_id = $2", [other.id, resume.id]);
    await save(user, resume.id, { document: withWork({ position: "Lead" }) });
    expect((await versionsOf(user, resume.id)).map((v) => v.number)).toEqual([2, 1]);
  });

  it("diffs two versions or a version and the current resume by field, with the words that changed", async () => {
    const user = await signUp(app, "candidate");
    const resume = await createResume(user);
    pastAutosaveWindow();
    await save(user, resume.id, {
      document: {
        basics: { name: "Ada Lovelace", email: "ada@example.test" },
        work: [
          {
            ...document.work[0],
            highlights: ["Wrote the first program", "Explained nested loops to the engine's inventor"],
          },
        ],
        skills: [{ name: "Mathematics", keywords: ["Algebra", "Calculus"] }],
      },
    });
    const [second, first] = await versionsOf(user, resume.id);
    const response = await user.get(`/api/v1/resumes/${resume.id}/diff?from=${first!.id}&to=${second!.id}`);
    expect(response.statusCode).toBe(200);
    const diff = response.json();
    expect(diff).toMatchObject({
      from: first!.id,
      to: second!.id,
      summary: "3 fields changed in basics, work, skills",
    });
    expect(diff.changes).toEqual([
      { path: "basics.label", section: "basics", kind: "removed", before: "Engineer" },
      {
        path: "work[0].highlights[1]",
        section: "work",
        kind: "changed",
        before: "Explained loops to the engine's inventor",
        after: "Explained nested loops to the engine's inventor",
        words: [
          { value: "Explained " },
          { value: "nested ", added: true },
          { value: "loops to the engine's inventor" },
        ],
      },
      { path: "skills[0].keywords[1]", section: "skills", kind: "added", after: "Calculus" },
    ]);

    const toCurrent = (await user.get(`/api/v1/resumes/${resume.id}/diff?from=${first!.id}`)).json();
    expect(toCurrent).toMatchObject({ to: "current", changes: diff.changes });
    const backwards = (await user.get(`/api/v1/resumes/${resume.id}/diff?from=${second!.id}&to=${first!.id}`)).json();
    expect(backwards.changes.map((c: { kind: string }) => c.kind)).toEqual(["added", "changed", "removed"]);
    expect((await user.get(`/api/v1/resumes/${resume.id}/diff?from=nope`)).statusCode).toBe(404);
    expect((await user.get(`/api/v1/resumes/${resume.id}/diff`)).statusCode).toBe(400);
  });

  it("restores an old version as a new version and keeps every version in between", async () => {
    const user = await signUp(app, "candidate");
    const resume = await createResume(user);
    for (const position of ["Lead", "Director"]) {
      pastAutosaveWindow();
      await save(user, resume.id, { document: withWork({ position }) });
    }
    const before = await versionsOf(user, resume.id);
    const first = before.find((v) => v.number === 1)!;
    const restored = await user.post(`/api/v1/resumes/${resume.id}/versions/${first.id}/restore`);
    expect(restored.statusCode).toBe(200);
    expect(restored.json().document).toEqual(resume.document);

    const after = await versionsOf(user, resume.id);
    expect(after.map((v) => [v.number, v.summary])).toEqual([
      [4, "Restored version 1"],
      [3, "1 field changed in work"],
      [2, "1 field changed in work"],
      [1, "Created"],
    ]);
    expect(restored.json().currentVersionId).toBe(after[0]!.id);
    const third = after[1]!;
    const diff = (await user.get(`/api/v1/resumes/${resume.id}/diff?from=${third.id}`)).json();
    expect(diff.changes).toMatchObject([{ path: "work[0].position", before: "Director", after: "Programmer" }]);

    const page = (await user.get(`/api/v1/resumes/${resume.id}/versions?limit=3`)).json();
    const rest = (await user.get(`/api/v1/resumes/${resume.id}/versions?limit=3&cursor=${page.nextCursor}`)).json();
    expect([...page.items, ...rest.items].map((v: Version) => v.number)).toEqual([4, 3, 2, 1]);
    expect(rest.nextCursor).toBeNull();

    const elsewhere = await createResume(user, { title: "Another resume" });
    const foreign = await user.post(`/api/v1/resumes/${elsewhere.id}/versions/${first.id}/restore`);
    expect(foreign.statusCode).toBe(404);
  });

  it("refuses with 409 a save that started from an older version, and changes nothing", async () => {
    const user = await signUp(app, "candidate");
    const resume = await createResume(user);
    pastAutosaveWindow();
    const saved = await save(user, resume.id, {
      baseVersionId: resume.currentVersionId,
      document: withWork({ position: "Lead" }),
    });
    const stale = await user.patch(`/api/v1/resumes/${resume.id}`, {
      baseVersionId: resume.currentVersionId,
      title: "Stale",
      document: withWork({ position: "Overwritten" }),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().type).toMatch(/conflict$/);
    const current = (await user.get(`/api/v1/resumes/${resume.id}`)).json();
    expect(current).toMatchObject({ title: "Backend resume", currentVersionId: saved.currentVersionId });
    expect(current.document.work[0].position).toBe("Lead");
  });

  it("refuses with 409 a save from a second tab even when the first tab's save was merged into the same version", async () => {
    const user = await signUp(app, "candidate");
    const resume = await createResume(user);
    const firstTab = await save(user, resume.id, {
      baseVersionId: resume.currentVersionId,
      document: withWork({ position: "First tab" }),
    });
    expect((await versionsOf(user, resume.id)).map((v) => v.number)).toEqual([1]);
    const secondTab = await user.patch(`/api/v1/resumes/${resume.id}`, {
      baseVersionId: resume.currentVersionId,
      document: withWork({ position: "Second tab" }),
    });
    expect(secondTab.statusCode).toBe(409);
    const current = (await user.get(`/api/v1/resumes/${resume.id}`)).json();
    expect(current.currentVersionId).toBe(firstTab.currentVersionId);
    expect(current.document.work[0].position).toBe("First tab");
  });
});

describe("JSON Resume import", () => {
  it("imports the JSON Resume sample as a resume with one version", async () => {
    const user = await signUp(app, "candidate");
    const response = await user.post("/api/v1/resumes/import/json-resume", sample);
    expect(response.statusCode, response.body).toBe(201);
    const resume = response.json();
    const { $schema, ...content } = sample;
    expect(resume.title).toBe("Richard Hendriks — Programmer");
    expect(resume.document).toEqual({ ...content, certificates: [] });
    expect((await versionsOf(user, resume.id)).map((v) => v.summary)).toEqual(["Imported from JSON Resume"]);
  });

  it("reads the old website and company field names and drops unknown keys outside meta", async () => {
    const user = await signUp(app, "candidate");
    const response = await user.post("/api/v1/resumes/import/json-resume", {
      basics: { name: " Old Format ", website: "https://old.example", picture: "x.png" },
      work: [{ company: "Acme", website: "https://acme.example", position: "Dev", startDate: "2019-04", team: 3 }],
      custom: { anything: true },
      meta: { version: "v0.0.16", generator: { name: "resume-cli" } },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { document: imported } = response.json();
    expect(imported.basics).toEqual({ name: "Old Format", url: "https://old.example" });
    expect(imported.work).toEqual([
      { name: "Acme", url: "https://acme.example", position: "Dev", startDate: "2019-04" },
    ]);
    expect(imported.custom).toBeUndefined();
    expect(imported.meta).toEqual({ version: "v0.0.16", generator: { name: "resume-cli" } });
  });

  it("refuses a malformed document with the invalid fields named, and stores nothing", async () => {
    const user = await signUp(app, "candidate");
    const response = await user.post("/api/v1/resumes/import/json-resume", {
      basics: { name: "Bad", url: "not a url" },
      work: "not a list",
      education: [{ institution: "MIT", endDate: "2020-13-01" }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(["body.basics.url", "body.work", "body.education.0.endDate"]),
    );
    const notJson = await user.request("POST", "/api/v1/resumes/import/json-resume", "{not json", {
      "content-type": "application/json",
    });
    expect(notJson.statusCode).toBe(400);
    expect((await user.get("/api/v1/resumes")).json().items).toEqual([]);
  });
});

describe("another user's resume", () => {
  it("answers 404 to every read and change by someone else, and 401 when signed out", async () => {
    const owner = await signUp(app, "candidate");
    const other = await signUp(app, "candidate");
    const resume = await createResume(owner);
    const [version] = await versionsOf(owner, resume.id);
    const base = `/api/v1/resumes/${resume.id}`;
    const attempts: [InjectOptions["method"], string, unknown?][] = [
      ["GET", base],
      ["PATCH", base, { title: "Hijacked", document: withWork({ position: "Hijacked" }) }],
      ["DELETE", base],
      ["GET", `${base}/versions`],
      ["PATCH", `${base}/versions/${version!.id}`, { name: "Hijacked" }],
      ["GET", `${base}/diff?from=${version!.id}`],
      ["POST", `${base}/versions/${version!.id}/restore`],
      ["POST", `${base}/duplicate`, {}],
    ];
    for (const [method, url, body] of attempts) {
      const response = await other.request(method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      const signedOut = await app.inject({ method, url, ...(body ? { payload: body } : {}) });
      expect(signedOut.statusCode, `${method} ${url} signed out`).toBe(401);
    }
    expect((await other.get("/api/v1/resumes")).json().items).toEqual([]);
    const untouched = (await owner.get(base)).json();
    expect(untouched).toMatchObject({ title: "Backend resume", document: resume.document });
    expect(await versionsOf(owner, resume.id)).toEqual([{ ...version }]);
  });
});
