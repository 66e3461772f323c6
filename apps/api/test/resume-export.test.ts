import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { inflateRawSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

const run = promisify(execFile);
// Every template is rendered here, and Candidate Pro includes them all; the plan's limits are billing-limits.test.ts's.
const { app } = await startTestApp({ DEFAULT_PLAN: "candidate_pro" });
const workDir = mkdtempSync(path.join(tmpdir(), "hirefolio-export-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const sample = JSON.parse(readFileSync(new URL("./fixtures/jsonresume/sample.resume.json", import.meta.url), "utf8"));
const templateIds = [
  "software-engineering",
  "data-analytics",
  "finance",
  "healthcare",
  "creative-design",
  "academic-research",
];
const script = "<script>alert(1)</script>";

let fileCounter = 0;
/** Poppler's tools, independent of the pdf.js reader the API verifies with. */
async function poppler(tool: "pdftotext" | "pdffonts", pdf: Buffer) {
  const file = path.join(workDir, `export-${++fileCounter}.pdf`);
  writeFileSync(file, pdf);
  const args = tool === "pdftotext" ? ["-layout", file, "-"] : [file];
  return (await run(`/usr/bin/${tool}`, args)).stdout;
}

/**
 * word/document.xml's text through a reader written for this test (not the API's): locate the entry via its
 * local file header, inflate it and join the w:t runs of each paragraph.
 */
function docxText(docx: Buffer) {
  const name = Buffer.from("word/document.xml");
  let offset = 0;
  for (;;) {
    offset = docx.indexOf(Buffer.from("PK\u0003\u0004", "latin1"), offset);
    if (offset < 0) throw new Error("word/document.xml not found");
    const nameLength = docx.readUInt16LE(offset + 26);
    if (docx.subarray(offset + 30, offset + 30 + nameLength).equals(name)) break;
    offset += 4;
  }
  const start = offset + 30 + docx.readUInt16LE(offset + 26) + docx.readUInt16LE(offset + 28);
  const method = docx.readUInt16LE(offset + 8);
  const size = docx.readUInt32LE(offset + 18);
  const raw = docx.subarray(start, start + size);
  const xml = (method === 8 ? inflateRawSync(raw) : raw).toString("utf8");
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");
}

const squash = (text: string) => text.replace(/\s+/g, " ");

/** The fields an ATS needs, from the JSON Resume sample itself rather than from the render model. */
function expectEveryKeyField(text: string, format: string) {
  const body = squash(text);
  const needles = [
    sample.basics.name,
    sample.basics.email,
    sample.basics.phone,
    ...sample.work.flatMap((w: { name: string; position: string }) => [w.position, w.name]),
    ...sample.education.map((e: { institution: string }) => e.institution),
    ...sample.skills.flatMap((s: { keywords: string[] }) => s.keywords),
    script,
  ];
  for (const needle of needles) expect(body, `${format} is missing ${needle}`).toContain(needle);
}

async function createSampleResume(user: TestUser) {
  const document = structuredClone(sample);
  document.work[0].highlights.push(script);
  const response = await user.post("/api/v1/resumes/import/json-resume", document);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; title: string };
}

describe("resume export", async () => {
  const owner = await signUp(app, "candidate");
  const resume = await createSampleResume(owner);

  it("lists the six templates", async () => {
    const response = await owner.get("/api/v1/resume-templates");
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((t: { id: string }) => t.id)).toEqual(templateIds);
  });

  it.each(templateIds)("exports a verified, text-based PDF with embedded fonts (%s)", async (template) => {
    const response = await owner.get(`/api/v1/resumes/${resume.id}/export.pdf?template=${template}&paper=a4`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="Richard-Hendriks-Programmer.pdf"');
    expect(response.headers["x-export-verified"]).toBe("true");
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expectEveryKeyField(await poppler("pdftotext", pdf), "PDF");
    const fonts = (await poppler("pdffonts", pdf)).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatch(/DejaVuSans/);
      // Columns: name, type, encoding, emb, sub, uni, object id; the type can contain spaces.
      expect(font.split(/\s+/).slice(-5, -2)).toEqual(["yes", "yes", "yes"]);
    }
  });

  it.each(templateIds)("exports a verified DOCX (%s)", async (template) => {
    const response = await owner.get(`/api/v1/resumes/${resume.id}/export.docx?template=${template}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(response.headers["content-disposition"]).toBe('attachment; filename="Richard-Hendriks-Programmer.docx"');
    expect(response.headers["x-export-verified"]).toBe("true");
    const text = docxText(response.rawPayload);
    expectEveryKeyField(text, "DOCX");
    expect(text.split("\n")).toContain(script);
  });

  it("uses the resume's own template and Letter paper by default", async () => {
    const response = await owner.get(`/api/v1/resumes/${resume.id}/export.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    writeFileSync(path.join(workDir, "letter.pdf"), response.rawPayload);
    const { stdout } = await run("/usr/bin/pdfinfo", [path.join(workDir, "letter.pdf")]);
    expect(stdout).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it("answers 404 to anyone but the owner and 400 to an unknown template", async () => {
    const other = await signUp(app, "candidate");
    for (const format of ["pdf", "docx"]) {
      const response = await other.get(`/api/v1/resumes/${resume.id}/export.${format}`);
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toMatch(/problem\+json/);
    }
    expect((await owner.get(`/api/v1/resumes/${resume.id}/export.pdf?template=nope`)).statusCode).toBe(400);
    expect((await owner.get(`/api/v1/resumes/${resume.id}/export.pdf?paper=legal`)).statusCode).toBe(400);
  });

  it("answers 422 instead of sending a file whose text does not read back", async () => {
    // DejaVu Sans has no CJK glyphs, so this name cannot survive the PDF and the export must be refused.
    const response = await owner.post("/api/v1/resumes", {
      title: "CJK",
      document: { basics: { name: "山田太郎", email: "taro@example.test" } },
    });
    const pdf = await owner.get(`/api/v1/resumes/${response.json().id}/export.pdf`);
    expect(pdf.statusCode, pdf.body).toBe(422);
    expect(pdf.json()).toMatchObject({ type: expect.stringMatching(/export-verification-failed$/) });
    expect(pdf.json().errors).toContainEqual(expect.objectContaining({ field: "basics.name" }));
    expect(pdf.headers["x-export-verified"]).toBeUndefined();
  });
});
