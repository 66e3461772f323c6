import { describe, expect, it } from "vitest";
import { blocksFromDocxXml } from "./docx-lines";
import { classifyCell, gridColumns, groupEntries } from "./entries";
import { resumeFromBlocks, resumeFromDocxXml, resumeFromPdfPages } from "./resume-import";
import { knownHeading } from "./sections";
import {
  blocksFromPages,
  cleanRunText,
  findGutter,
  type Line,
  lineText,
  type PageRuns,
  repairLigatures,
  type TextRun,
} from "./text-lines";

const run = (text: string, x: number, y: number, fontSize = 10): TextRun => ({
  text,
  x,
  y,
  width: text.length * fontSize * 0.5,
  fontSize,
  bold: false,
});
const page = (runs: TextRun[]): PageRuns => ({ width: 600, height: 800, runs });
/** Lines of one cell each, 14 pt apart, as a simple single-column PDF would give. */
const lines = (...texts: string[]): Line[] =>
  texts.map((text, i) => ({
    cells: [{ text, x: 20, right: 20 + text.length * 5 }],
    y: 100 + i * 14,
    page: 1,
    fontSize: 10,
    bold: false,
    startsParagraph: true,
  }));

describe("text lines", () => {
  it("repairs lost ligatures and drops icon glyphs", () => {
    expect(repairLigatures("Certi\u0000cations")).toBe("Certifications");
    expect(repairLigatures("StackOver\u0000ow")).toBe("StackOverflow");
    expect(repairLigatures("e\uFB00ort \uFB01le")).toBe("effort file");
    expect(cleanRunText("\uE0B0 (555) 123\u00A04567")).toBe(" (555) 123 4567");
  });

  it("joins runs on one baseline into cells split by wide gaps", () => {
    const { blocks } = blocksFromPages([
      page([
        run("Acme", 20, 100),
        run("Corp", 42, 100.5),
        run("Jan 2020 – Present", 450, 100),
        run("Engineer", 20, 114),
      ]),
    ]);
    expect(blocks[0]!.lines.map((l) => l.cells.map((c) => c.text))).toEqual([
      ["Acme Corp", "Jan 2020 – Present"],
      ["Engineer"],
    ]);
  });

  it("finds the gutter of a two-column page below a full-width header, and none in one column", () => {
    const twoColumns = page([
      run("Jane Doe — Senior Engineer at a company with a long name", 20, 40, 14),
      ...Array.from({ length: 12 }, (_, i) => run(`Sidebar skill number ${i}`, 20, 100 + i * 14)),
      ...Array.from({ length: 12 }, (_, i) =>
        run(`Main column sentence number ${i} with more words`, 260, 96 + i * 16),
      ),
    ]);
    expect(findGutter(twoColumns)).toMatchObject({ headerBottom: 40 });
    expect(findGutter(twoColumns)!.x).toBeGreaterThan(140);
    expect(findGutter(twoColumns)!.x).toBeLessThan(260);
    const oneColumn = page(
      Array.from({ length: 20 }, (_, i) =>
        run(`A full line of body text that runs across the page ${i}`, 20, 100 + i * 14),
      ),
    );
    expect(findGutter(oneColumn)).toBeUndefined();
  });

  it("does not take a narrow margin of headings and dates for a column", () => {
    const labelColumn = page([
      run("Experience", 20, 100),
      run("2019 – 2021", 20, 130),
      ...Array.from({ length: 20 }, (_, i) =>
        run(`Content line ${i} with a good number of words in it`, 130, 100 + i * 14),
      ),
    ]);
    expect(findGutter(labelColumn)).toBeUndefined();
  });

  it("starts a paragraph at a bullet or a wider gap, and drops running headers repeated on every page", () => {
    const pageOne = page([
      run("Jane Doe – Resume", 20, 30),
      run("First line of a paragraph that wraps", 20, 100),
      run("onto a second line", 20, 114),
      run("A new paragraph after a gap", 20, 134),
      run("• A bullet", 20, 148),
    ]);
    const pageTwo = page([run("Jane Doe – Resume", 20, 30), run("More text", 20, 100), run("and more", 20, 114)]);
    const { blocks } = blocksFromPages([pageOne, pageTwo]);
    expect(blocks.map((b) => b.lines.map((l) => [lineText(l), l.startsParagraph]))).toEqual([
      [
        ["First line of a paragraph that wraps", true],
        ["onto a second line", false],
        ["A new paragraph after a gap", true],
        ["• A bullet", true],
      ],
      [
        ["More text", true],
        ["and more", false],
      ],
    ]);
  });
});

describe("sections and entries", () => {
  it("knows headings in their common wordings", () => {
    expect(knownHeading("WORK EXPERIENCE")).toBe("work");
    expect(knownHeading("Licenses & Certifications")).toBe("certificates");
    expect(knownHeading("Education:")).toBe("education");
    expect(knownHeading("Tools")).toBeUndefined();
    expect(knownHeading("Experience designing distributed systems at scale for many years")).toBeUndefined();
  });

  it("classifies header cells and splits a label from its date or place", () => {
    expect(classifyCell("San Francisco, CA")).toEqual([{ kind: "location", text: "San Francisco, CA" }]);
    expect(classifyCell("MSc, Computer Science")).toEqual([{ kind: "short", text: "MSc, Computer Science" }]);
    expect(classifyCell("Acme Inc., Berlin, Germany")).toEqual([
      { kind: "short", text: "Acme Inc." },
      { kind: "location", text: "Berlin, Germany" },
    ]);
    expect(classifyCell("Acme | 2019 – 2021").map((c) => c.kind)).toEqual(["short", "date"]);
    expect(classifyCell("https://acme.example/jobs")).toEqual([{ kind: "url", text: "https://acme.example/jobs" }]);
  });

  it("groups header lines and body text into entries", () => {
    const entries = groupEntries(
      lines(
        "Senior Engineer",
        "Acme Corp",
        "2019 – Present",
        "Built the billing service used by every team in the company.",
        "https://acme.example",
        "Engineer",
        "Initech",
        "2016 – 2019",
        "MIT",
        "BSc",
        "2012 – 2016",
      ),
      { maxLabels: 3 },
    );
    expect(entries.map((e) => [e.shorts, e.dates.map((d) => d.startDate), e.urls, e.body.length])).toEqual([
      [["Senior Engineer", "Acme Corp"], ["2019"], ["https://acme.example"], 1],
      [["Engineer", "Initech"], ["2016"], [], 0],
      [["MIT", "BSc"], ["2012"], [], 0],
    ]);
  });

  it("reads a grid of entries column by column", () => {
    const row = (y: number, ...cells: [string, number][]): Line => ({
      cells: cells.map(([text, x]) => ({ text, x, right: x + 100 })),
      y,
      page: 1,
      fontSize: 10,
      bold: false,
      startsParagraph: true,
    });
    const grid = [
      row(100, ["Web", 20], ["Tools", 300]),
      row(114, ["Advanced", 20], ["Basic", 300]),
      row(128, ["HTML, CSS", 20], ["Git, Vim", 300]),
    ];
    expect(gridColumns(grid).map((c) => c.map(lineText))).toEqual([
      ["Web", "Advanced", "HTML, CSS"],
      ["Tools", "Basic", "Git, Vim"],
    ]);
    const dated = [row(100, ["Engineer", 20], ["2019 – 2021", 450]), row(114, ["Acme", 20], ["Berlin, Germany", 450])];
    expect(gridColumns(dated)).toHaveLength(1);
  });
});

describe("resume from lines", () => {
  it("reads basics, a label column layout and skills", () => {
    const { document } = resumeFromPdfPages([
      page([
        run("Jane Q. Public", 20, 40, 20),
        run("Staff Engineer", 20, 62),
        run("jane@example.test", 20, 80),
        run("+1 415 555 0100", 150, 80),
        run("Austin, TX", 300, 80),
        run("linkedin.com/in/janeq", 380, 80),
        run("Experience", 20, 120, 12),
        run("Staff Engineer", 130, 120),
        run("Mar 2021 – Present", 480, 120),
        run("Globex Corporation", 130, 134),
        run("Led the migration of forty services to a shared platform in one year.", 130, 152),
        run("Education", 20, 190, 12),
        run("Stanford University", 130, 190),
        run("2014", 480, 190),
        run("BS in Computer Science", 130, 204),
        run("Skills", 20, 240, 12),
        run("Languages: Go, TypeScript, SQL", 130, 240),
      ]),
    ]);
    expect(document.basics).toEqual({
      name: "Jane Q. Public",
      label: "Staff Engineer",
      email: "jane@example.test",
      phone: "+1 415 555 0100",
      location: { city: "Austin", region: "TX" },
      profiles: [{ network: "LinkedIn", username: "janeq", url: "https://linkedin.com/in/janeq" }],
    });
    expect(document.work).toEqual([
      {
        position: "Staff Engineer",
        name: "Globex Corporation",
        startDate: "2021-03",
        summary: "Led the migration of forty services to a shared platform in one year.",
      },
    ]);
    expect(document.education).toEqual([
      { institution: "Stanford University", studyType: "BS", area: "Computer Science", endDate: "2014" },
    ]);
    expect(document.skills).toEqual([{ name: "Languages", keywords: ["Go", "TypeScript", "SQL"] }]);
  });

  it("reports sections it does not know and dates it cannot read", () => {
    const blocks = [
      {
        page: 1,
        column: 0,
        lines: lines(
          "Jane Public",
          "jane@example.test",
          "Experience",
          "Engineer",
          "Acme",
          "13/2019",
          "MILITARY SERVICE",
          "Served four years as a radio operator in the reserve forces.",
        ),
      },
    ];
    const { analysis } = resumeFromBlocks(blocks, 1);
    expect(analysis).toEqual({ columns: 1, unreadDates: 1, skippedSections: ["MILITARY SERVICE"] });
  });

  it("reads a DOCX's headings, tabs, bullets and entities", () => {
    const paragraph = (inner: string, properties = "") =>
      `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ""}${inner}</w:p>`;
    const text = (t: string, runProperties = "") =>
      `<w:r>${runProperties ? `<w:rPr>${runProperties}</w:rPr>` : ""}<w:t xml:space="preserve">${t}</w:t></w:r>`;
    const xml = [
      paragraph(text("Max Mustermann", '<w:sz w:val="40"/>'), '<w:pStyle w:val="Title"/>'),
      paragraph(text("max@example.test")),
      paragraph(text("Berufserfahrung &amp; Projekte"), '<w:pStyle w:val="Heading1"/>'),
      paragraph(text("Experience"), '<w:pStyle w:val="Heading1"/>'),
      paragraph(`${text("Developer", "<w:b/>")}<w:r><w:tab/></w:r>${text("2018 – 2020")}`),
      paragraph(text("Beispiel GmbH")),
      paragraph(
        text("Shipped &lt;b&gt;bold&lt;/b&gt; features"),
        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>',
      ),
    ].join("");
    expect(
      blocksFromDocxXml(xml)[0]!.lines.map((l) => [l.cells.map((c) => c.text), l.heading, l.bullet, l.fontSize]),
    ).toEqual([
      [["Max Mustermann"], false, false, 20],
      [["max@example.test"], false, false, 11],
      [["Berufserfahrung & Projekte"], true, false, 11],
      [["Experience"], true, false, 11],
      [["Developer", "2018 – 2020"], false, false, 11],
      [["Beispiel GmbH"], false, false, 11],
      [["• Shipped <b>bold</b> features"], false, true, 11],
    ]);
    const { document } = resumeFromDocxXml(xml);
    expect(document.basics).toEqual({ name: "Max Mustermann", email: "max@example.test" });
    expect(document.work).toEqual([
      {
        position: "Developer",
        name: "Beispiel GmbH",
        startDate: "2018",
        endDate: "2020",
        highlights: ["Shipped <b>bold</b> features"],
      },
    ]);
  });
});
