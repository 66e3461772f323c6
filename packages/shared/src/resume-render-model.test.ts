import { describe, expect, it } from "vitest";
import { type ResumeDocumentInput, resumeDocumentSchema, resumeSections } from "./resume";
import {
  atsText,
  expectedTextOf,
  formatDate,
  formatDateRange,
  plainTextOf,
  type RenderBlock,
  renderModel,
  sectionsInOrder,
} from "./resume-render-model";
import { getResumeTemplate, industryTemplateIdSchema, resumeTemplates } from "./resume-templates";

const doc = (input: ResumeDocumentInput) => resumeDocumentSchema.parse(input);

const full = doc({
  basics: {
    name: "Ada Lovelace",
    label: "Engineer",
    email: "ada@example.test",
    phone: "555-123-4567",
    summary: "Writes programs.",
    location: { city: "London", countryCode: "GB" },
    profiles: [{ network: "GitHub", username: "ada" }],
  },
  work: [{ name: "Engines Ltd", position: "Programmer", startDate: "2021-03", highlights: ["Wrote the first loop"] }],
  volunteer: [{ organization: "Dojo", position: "Teacher" }],
  education: [{ institution: "Univ", studyType: "BSc", area: "Maths", endDate: "2019", courses: ["Algebra"] }],
  awards: [{ title: "Medal" }],
  certificates: [{ name: "AWS SA", issuer: "AWS", date: "2022-01-05" }],
  publications: [{ name: "Notes", publisher: "Journal" }],
  skills: [{ name: "Languages", level: "Expert", keywords: ["TypeScript", "Go"] }],
  languages: [{ language: "English", fluency: "Native" }],
  interests: [{ name: "Chess" }],
  references: [{ name: "Charles", reference: "Brilliant." }],
  projects: [{ name: "Engine", keywords: ["C"] }],
});

const headingsOf = (blocks: RenderBlock[]) => blocks.flatMap((b) => (b.kind === "heading" ? [b.section] : []));

describe("resume templates", () => {
  it("has six single-column industry templates with standard headings and guidance", () => {
    expect(resumeTemplates.map((t) => t.id)).toEqual(industryTemplateIdSchema.options);
    for (const template of resumeTemplates) {
      expect(new Set(template.sectionOrder).size).toBe(template.sectionOrder.length);
      expect(template.guidance.length).toBeGreaterThanOrEqual(3);
      expect(template.guidance.length).toBeLessThanOrEqual(5);
      expect(template.accent).toMatch(/^#[0-9a-f]{6}$/);
      expect(template.headings.work).toBe("Experience");
      expect(template.headings.education).toBe("Education");
      expect(template.headings.basics).toBe("Summary");
    }
    expect(getResumeTemplate("no-such-template").id).toBe("software-engineering");
    expect(getResumeTemplate(undefined).id).toBe("software-engineering");
  });
});

describe("renderModel", () => {
  it.each(resumeTemplates.map((t) => [t.id, t] as const))("orders %s sections as the template says", (_, template) => {
    const blocks = renderModel(full, template);
    const sections = headingsOf(blocks);
    expect(sections.slice(0, template.sectionOrder.length)).toEqual(template.sectionOrder);
    // Sections the template leaves out still render after its own, so nothing the candidate wrote is dropped.
    expect(new Set(sections)).toEqual(new Set(resumeSections.filter((s) => s !== "meta")));
    expect(sectionsInOrder(template)).toEqual(sections);
    for (const b of blocks) if (b.kind === "heading") expect(b.span.text).toBe(template.headings[b.section]);
  });

  it("opens with the name, label and one contact line, and skips empty sections", () => {
    const blocks = renderModel(
      doc({ basics: { name: "Ada", label: "Engineer", email: "a@b.test", phone: "555" }, work: [{ name: "X" }] }),
      getResumeTemplate("finance"),
    );
    expect(blocks.slice(0, 3).map((b) => b.kind)).toEqual(["name", "tagline", "contact"]);
    expect(headingsOf(blocks)).toEqual(["work"]);
  });

  it("uses the template's headings", () => {
    expect(renderModel(full, getResumeTemplate("healthcare"))).toContainEqual({
      kind: "heading",
      section: "certificates",
      span: { field: "headings.certificates", text: "Licenses and Certifications" },
    });
    const text = plainTextOf(full, getResumeTemplate("data-analytics"));
    expect(text).toContain("\nTechnical Skills\n");
  });

  it("keeps HTML and script as literal text", () => {
    const html = "<script>alert(1)</script> <b>bold</b> &amp;";
    const blocks = renderModel(doc({ work: [{ name: "<i>Co</i>", highlights: [html] }] }), resumeTemplates[0]!);
    expect(blocks).toContainEqual({ kind: "bullet", span: { field: "work[0].highlights[0]", text: html } });
    expect(plainTextOf(doc({ work: [{ name: "<i>Co</i>", highlights: [html] }] }), resumeTemplates[0]!)).toContain(
      `• ${html}`,
    );
  });
});

describe("dates", () => {
  it("writes Mon YYYY and Present for the current role", () => {
    expect(formatDate("2013-12-01")).toBe("Dec 2013");
    expect(formatDate("2013-01")).toBe("Jan 2013");
    expect(formatDate("2013")).toBe("2013");
    expect(formatDate("")).toBeUndefined();
    expect(formatDate(undefined)).toBeUndefined();
    expect(formatDateRange("2021-03", undefined)).toBe("Mar 2021 – Present");
    expect(formatDateRange("2019-09-15", "2021-02")).toBe("Sep 2019 – Feb 2021");
    expect(formatDateRange(undefined, "2019")).toBe("2019");
    expect(formatDateRange(undefined, undefined)).toBeUndefined();
  });
});

describe("atsText", () => {
  it("straightens quotes and removes ligatures, private-use and invisible characters", () => {
    expect(atsText("“Quoted” ‘text’")).toBe("\"Quoted\" 'text'");
    expect(atsText("eﬃcient ﬁle")).toBe("efficient file");
    expect(atsText("\uF0E0 mail\u200B me\u00AD\u0007")).toBe("mail me");
    expect(atsText("  two\n\tlines\u00A0here ")).toBe("two lines here");
  });
});

describe("plainTextOf", () => {
  it("lists every block in reading order with the fields verification checks", () => {
    const template = getResumeTemplate("software-engineering");
    const text = plainTextOf(full, template);
    expect(text.split("\n").slice(0, 6)).toEqual([
      "Ada Lovelace",
      "Engineer",
      "ada@example.test | 555-123-4567 | London, GB | GitHub: ada",
      "Summary",
      "Writes programs.",
      "Skills",
    ]);
    expect(text).toContain("Programmer Engines Ltd Mar 2021 – Present\n• Wrote the first loop");
    expect(text).toContain("Languages (Expert): TypeScript, Go");
    const fields = expectedTextOf(renderModel(full, template)).map((s) => s.field);
    expect(fields).toEqual(
      expect.arrayContaining(["basics.name", "basics.email", "work[0].position", "skills[0].keywords[1]"]),
    );
    for (const span of expectedTextOf(renderModel(full, template))) expect(text).toContain(span.text);
  });
});
