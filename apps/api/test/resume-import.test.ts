import { readFileSync } from "node:fs";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { signUp, startTestApp, type TestUser } from "./support/test-app";

const { app } = await startTestApp();

const fixture = (name: string) => readFileSync(new URL(`./fixtures/reactive-resume/${name}`, import.meta.url));
const pdfType = "application/pdf";
const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const script = "<script>alert(1)</script>";

function upload(user: TestUser, body: Buffer, contentType: string) {
  return user.request("POST", "/api/v1/resumes/import/file", body, { "content-type": contentType });
}

/** A PDF written by hand, with a correct cross-reference table, from its object bodies. */
function handWrittenPdf(objects: string[], trailerExtra = "") {
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, i) => {
    const offset = Buffer.byteLength(body, "latin1");
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** One page that paints a grey image and a rectangle but has no text: what a scanner produces. */
function imageOnlyPdf() {
  const pixels = "7f".repeat(4);
  const content = "q 200 0 0 200 100 500 cm /Im1 Do Q 50 50 100 100 re f";
  return handWrittenPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${pixels.length + 1} >>\nstream\n${pixels}>\nendstream`,
  ]);
}

/** A PDF whose standard security handler needs a password the reader does not have. */
function passwordProtectedPdf() {
  const hex32 = (seed: number) =>
    Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, "0")).join("");
  return handWrittenPdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
      `<< /Filter /Standard /V 1 /R 2 /O <${hex32(1)}> /U <${hex32(2)}> /P -4 >>`,
    ],
    `/Encrypt 4 0 R /ID [<${hex32(3).slice(0, 32)}> <${hex32(3).slice(0, 32)}>] `,
  );
}

async function resumeDocx(paragraphs: Paragraph[]) {
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

function sampleDocx() {
  return resumeDocx([
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("Ada Lovelace")] }),
    new Paragraph("Principal Engineer"),
    new Paragraph("ada@example.test | +44 20 7946 0958 | London, United Kingdom"),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Experience")] }),
    new Paragraph({
      children: [new TextRun({ text: "Principal Engineer", bold: true }), new TextRun("\tMar 2019 – Present")],
    }),
    new Paragraph("Analytical Engines Ltd, London, United Kingdom"),
    new Paragraph({
      bullet: { level: 0 },
      children: [new TextRun(`Wrote ${script} as text, not markup, in the first program.`)],
    }),
    new Paragraph({
      bullet: { level: 0 },
      children: [new TextRun("Designed the loop and the conditional branch for the engine.")],
    }),
    new Paragraph({
      children: [new TextRun({ text: "Research Assistant", bold: true }), new TextRun("\t2015 – 2019")],
    }),
    new Paragraph("Royal Society"),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Education")] }),
    new Paragraph("University of London"),
    new Paragraph("Master of Science in Mathematics"),
    new Paragraph("09/2011 – 06/2015"),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Skills")] }),
    new Paragraph("Languages: TypeScript, SQL, Rust"),
  ]);
}

async function listTitles(user: TestUser) {
  return (await user.get("/api/v1/resumes")).json().items.map((r: { title: string }) => r.title);
}

describe("importing a PDF resume", () => {
  it("creates a resume from a two-column Reactive Resume PDF with a report of what was found", async () => {
    const user = await signUp(app, "candidate");
    const response = await upload(user, fixture("pdf/azurill.pdf"), pdfType);
    expect(response.statusCode, response.body).toBe(201);
    const imported = response.json();
    expect(imported.title).toBe("John Doe — Creative and Innovative Web Developer");
    expect(imported.document.basics).toMatchObject({
      name: "John Doe",
      email: "john.doe@gmail.com",
      phone: "(555) 123-4567",
      url: "https://johndoe.me/",
    });
    expect(imported.document.work.map((w: { position: string; name: string }) => [w.position, w.name])).toEqual([
      ["Senior Web Developer", "Creative Solutions Inc."],
      ["Web Developer", "TechAdvancers"],
    ]);
    expect(imported.document.work[1]).toMatchObject({ startDate: "2016-06", endDate: "2018-12" });
    expect(imported.importReport).toMatchObject({ source: "pdf", pages: 1, columns: 2, missing: [] });
    expect(imported.importReport.found).toEqual(
      expect.arrayContaining([{ field: "work", label: "Work experience", count: 2 }]),
    );
    const stored = (await user.get(`/api/v1/resumes/${imported.id}`)).json();
    expect(stored.document).toEqual(imported.document);
    const versions = (await user.get(`/api/v1/resumes/${imported.id}/versions`)).json().items;
    expect(versions.map((v: { summary: string }) => v.summary)).toEqual(["Imported from PDF"]);
  });

  it("keeps the imported resume to its owner", async () => {
    const owner = await signUp(app, "candidate");
    const other = await signUp(app, "candidate");
    const imported = (await upload(owner, fixture("pdf/onyx.pdf"), pdfType)).json();
    expect((await other.get(`/api/v1/resumes/${imported.id}`)).statusCode).toBe(404);
    expect(await listTitles(other)).toEqual([]);
  });

  it("sniffs the bytes, so a PDF sent as application/octet-stream is read as a PDF", async () => {
    const user = await signUp(app, "candidate");
    const response = await upload(user, fixture("pdf/nosepass.pdf"), "application/octet-stream");
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().importReport.pages).toBe(2);
  });
});

describe("importing a DOCX resume", () => {
  it("reads headings, tab-aligned dates, bullets and skills, and keeps markup as text", async () => {
    const user = await signUp(app, "candidate");
    const response = await upload(user, await sampleDocx(), docxType);
    expect(response.statusCode, response.body).toBe(201);
    const { document, importReport } = response.json();
    expect(document.basics).toMatchObject({
      name: "Ada Lovelace",
      label: "Principal Engineer",
      email: "ada@example.test",
      phone: "+44 20 7946 0958",
      location: { city: "London", region: "United Kingdom" },
    });
    expect(document.work).toEqual([
      {
        position: "Principal Engineer",
        name: "Analytical Engines Ltd",
        location: "London, United Kingdom",
        startDate: "2019-03",
        highlights: [
          `Wrote ${script} as text, not markup, in the first program.`,
          "Designed the loop and the conditional branch for the engine.",
        ],
      },
      { position: "Research Assistant", name: "Royal Society", startDate: "2015", endDate: "2019" },
    ]);
    expect(document.education).toEqual([
      {
        institution: "University of London",
        studyType: "Master of Science",
        area: "Mathematics",
        startDate: "2011-09",
        endDate: "2015-06",
      },
    ]);
    expect(document.skills).toEqual([{ name: "Languages", keywords: ["TypeScript", "SQL", "Rust"] }]);
    expect(importReport).toMatchObject({ source: "docx", columns: 1, confidence: "high", warnings: [] });
  });
});

describe("files that cannot be imported", () => {
  it("answers each with a clear problem and stores nothing", async () => {
    const user = await signUp(app, "candidate");
    const docx = await sampleDocx();
    const withoutDocumentXml = Buffer.from(docx);
    for (
      let at = withoutDocumentXml.indexOf("word/document.xml");
      at >= 0;
      at = withoutDocumentXml.indexOf("word/document.xml", at + 1)
    )
      withoutDocumentXml.write("word/documenX.xml", at, "latin1");
    const cases: [string, Buffer, string, number, string][] = [
      ["malformed PDF", Buffer.from("%PDF-1.7\nthis is not really a PDF at all"), pdfType, 422, "malformed-pdf"],
      ["image-only PDF", imageOnlyPdf(), pdfType, 422, "pdf-without-text"],
      ["password-protected PDF", passwordProtectedPdf(), pdfType, 422, "encrypted-pdf"],
      ["DOCX without a document", withoutDocumentXml, docxType, 422, "malformed-docx"],
      ["truncated DOCX", docx.subarray(0, 200), docxType, 422, "malformed-docx"],
      [
        "PNG sent as a PDF",
        Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
        pdfType,
        415,
        "unsupported-resume-file",
      ],
      ["empty body", Buffer.alloc(0), pdfType, 400, "validation-error"],
      [
        "DOCX that is not a resume",
        await resumeDocx([new Paragraph("the quick brown fox jumps over the lazy dog")]),
        docxType,
        422,
        "nothing-recognised",
      ],
    ];
    for (const [label, body, contentType, status, slug] of cases) {
      const response = await upload(user, body, contentType);
      expect(response.statusCode, `${label}: ${response.body}`).toBe(status);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json().type, label).toBe(`https://hirefolio.dev/problems/${slug}`);
    }
    const scan = (await upload(user, imageOnlyPdf(), pdfType)).json();
    expect(scan.detail).toContain("probably a scan");
    expect(await listTitles(user)).toEqual([]);
  });

  it("refuses a file over 5 MB with 413 and another media type with 415", async () => {
    const user = await signUp(app, "candidate");
    const large = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(5 * 1024 * 1024)]);
    const tooLarge = await upload(user, large, pdfType);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().type).toBe("https://hirefolio.dev/problems/file-too-large");
    const text = await upload(user, Buffer.from("Jane Doe, jane@example.test"), "text/plain");
    expect(text.statusCode).toBe(415);
    expect(await listTitles(user)).toEqual([]);
  });

  it("needs a session", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/resumes/import/file",
      headers: { "content-type": pdfType, origin: "http://localhost:3000" },
      payload: fixture("pdf/azurill.pdf"),
    });
    expect(response.statusCode).toBe(401);
  });

  it("keeps the raw-file parsers to the import route", async () => {
    const user = await signUp(app, "candidate");
    const response = await upload(user, fixture("pdf/azurill.pdf"), pdfType);
    const created = response.json();
    const patch = await user.request("PATCH", `/api/v1/resumes/${created.id}`, fixture("pdf/azurill.pdf"), {
      "content-type": pdfType,
    });
    expect(patch.statusCode).toBe(415);
  });
});
