import type { ResumeDocument, ResumeTemplate } from "@hirefolio/shared";
import {
  bulletGlyph,
  contactSeparator,
  listSeparator,
  type RenderBlock,
  renderModel,
  subtitleSeparator,
} from "@hirefolio/shared";
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TabStopType,
  TextRun,
} from "docx";
import type { Paper } from "./pdf-export";

const bulletReference = "resume-bullets";
// Word measures in twentieths of a point; half-points for font sizes.
const inch = 1440;
const pageSizes: Record<Paper, { width: number; height: number }> = {
  letter: { width: 12240, height: 15840 },
  a4: { width: 11906, height: 16838 },
};
const margin = Math.round(0.7 * inch);
// DOCX does not embed fonts: name ones every reader has, with the PDF's DejaVu Sans look-alike first.
const font = "Arial";

function paragraphs(b: RenderBlock, accent: string, rightTab: number): Paragraph[] {
  const color = accent.replace("#", "");
  switch (b.kind) {
    case "name":
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: b.span.text, bold: true })] }),
      ];
    case "tagline":
      return [new Paragraph({ children: [new TextRun({ text: b.span.text, size: 24 })] })];
    case "contact":
      return [new Paragraph({ children: [new TextRun({ text: b.spans.map((s) => s.text).join(contactSeparator) })] })];
    case "heading":
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          keepNext: true,
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 1 } },
          children: [new TextRun({ text: b.span.text, color })],
        }),
      ];
    case "entry": {
      const title = new Paragraph({
        keepNext: true,
        spacing: { before: 100 },
        tabStops: [{ type: TabStopType.RIGHT, position: rightTab }],
        children: [
          new TextRun({ text: b.title?.text ?? "", bold: true }),
          ...(b.dates ? [new TextRun({ text: `\t${b.dates.text}` })] : []),
        ],
      });
      if (!b.subtitle.length) return [title];
      const subtitle = b.subtitle.map((s) => s.text).join(subtitleSeparator);
      return [title, new Paragraph({ keepNext: true, children: [new TextRun({ text: subtitle, italics: true })] })];
    }
    case "paragraph":
      return [new Paragraph({ children: [new TextRun(b.span.text)] })];
    case "bullet":
      return [
        new Paragraph({ numbering: { reference: bulletReference, level: 0 }, children: [new TextRun(b.span.text)] }),
      ];
    case "line": {
      const list = b.spans.map((s) => s.text).join(listSeparator);
      const label = b.label ? [new TextRun({ text: list ? `${b.label.text}: ` : b.label.text, bold: true })] : [];
      return [new Paragraph({ children: [...label, ...(list ? [new TextRun(list)] : [])] })];
    }
  }
}

/** A single-column DOCX with real Word headings and list bullets, in the same order as the PDF. */
export async function exportDocx(
  document: ResumeDocument,
  template: ResumeTemplate,
  options: { paper?: Paper; title?: string } = {},
): Promise<Buffer> {
  const page = pageSizes[options.paper ?? "letter"];
  const rightTab = page.width - 2 * margin;
  const doc = new Document({
    title: options.title ?? document.basics.name ?? "Resume",
    creator: "Hirefolio",
    styles: {
      default: {
        document: { run: { font, size: 20 }, paragraph: { spacing: { after: 40 } } },
        title: { run: { font, size: 40, bold: true, color: "111111" }, paragraph: { spacing: { after: 40 } } },
        heading1: {
          run: { font, size: 24, bold: true },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: bulletReference,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: bulletGlyph,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 240 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: page, margin: { top: margin, bottom: margin, left: margin, right: margin } } },
        children: renderModel(document, template).flatMap((b) => paragraphs(b, template.accent, rightTab)),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
