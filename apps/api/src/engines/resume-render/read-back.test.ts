import { expectedTextOf, getResumeTemplate, renderModel, resumeDocumentSchema } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { exportDocx } from "./docx-export";
import { exportPdf } from "./pdf-export";
import { extractDocxText, extractPdfText, verifyExport } from "./read-back";

const document = resumeDocumentSchema.parse({
  basics: { name: "Zoë Fischer", email: "zoe@example.test", summary: "Efficient “quoted” ﬁle work & more" },
  work: [{ name: "Acme & Co", position: "Engineer", startDate: "2020-02", highlights: ["<script>alert(1)</script>"] }],
  skills: [{ name: "Tools", keywords: ["SQL", "C++"] }],
});
const template = getResumeTemplate("software-engineering");
const expected = expectedTextOf(renderModel(document, template));

describe("read-back", () => {
  it("reads every field back out of the PDF, with no ligatures or unreadable characters", async () => {
    const text = await extractPdfText(await exportPdf(document, template));
    expect(verifyExport(expected, text)).toEqual({ ok: true, missing: [], badCharacters: [] });
    expect(text).toContain('Efficient "quoted" file work & more');
    expect(text).toContain("Feb 2020 – Present");
  });

  it("reads every field back out of the DOCX", async () => {
    const text = extractDocxText(await exportDocx(document, template));
    expect(verifyExport(expected, text)).toEqual({ ok: true, missing: [], badCharacters: [] });
    expect(text.split("\n")).toContain("<script>alert(1)</script>");
  });

  it("reports missing fields and unreadable characters", () => {
    const result = verifyExport(
      [
        { field: "basics.name", text: "Ada  Lovelace" },
        { field: "work[0].name", text: "Engines" },
      ],
      "Ada\nLovelace \uE001 e\uFB01",
    );
    expect(result).toEqual({ ok: false, missing: ["work[0].name"], badCharacters: ["U+E001", "U+FB01"] });
  });
});
