import { type ResumeDocument, resumeDocumentSchema } from "@hirefolio/shared";
import type { PdfTextPage } from "../resume-render/pdf-text-layer";
import { basicsOf } from "./basics";
import { blocksFromDocxXml } from "./docx-lines";
import {
  entrySections,
  interestsOf,
  languagesOf,
  paragraphsOf,
  referencesOf,
  skillsOf,
  unreadDatesIn,
} from "./section-entries";
import { type Section, type SectionKind, splitSections } from "./sections";
import { type Block, blocksFromPages, type PageRuns } from "./text-lines";

export interface ResumeReading {
  document: ResumeDocument;
  /** What was read, for the import report. */
  analysis: {
    columns: number;
    unreadDates: number;
    skippedSections: string[];
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function linesOfKind(sections: Section[], kind: SectionKind) {
  return sections.filter((s) => s.kind === kind).flatMap((s) => s.lines);
}

/** Lines in blocks → a JSON Resume document; shared by the PDF and DOCX paths. */
export function resumeFromBlocks(blocks: Block[], columns: number): ResumeReading {
  const bodySize = median(blocks.flatMap((b) => b.lines.map((l) => l.fontSize)));
  const { preamble, sections } = splitSections(blocks, bodySize);
  const of = (kind: SectionKind) => linesOfKind(sections, kind);
  const basics = basicsOf(preamble, of("contact"), of("profiles"));
  const summary = paragraphsOf(of("summary")).join("\n");
  if (summary) basics.summary = summary.slice(0, 5000);

  const document = resumeDocumentSchema.parse({
    basics,
    work: entrySections.work(of("work")).slice(0, 50),
    volunteer: entrySections.volunteer(of("volunteer")).slice(0, 50),
    education: entrySections.education(of("education")).slice(0, 50),
    awards: entrySections.awards(of("awards")).slice(0, 50),
    certificates: entrySections.certificates(of("certificates")).slice(0, 50),
    publications: entrySections.publications(of("publications")).slice(0, 50),
    skills: skillsOf(of("skills")),
    languages: languagesOf(of("languages")),
    interests: interestsOf(of("interests")),
    references: referencesOf(of("references")),
    projects: entrySections.projects(of("projects")).slice(0, 50),
  });
  return {
    document,
    analysis: {
      columns,
      unreadDates: (["work", "education", "volunteer"] as const).reduce((n, kind) => n + unreadDatesIn(of(kind)), 0),
      skippedSections: sections.filter((s) => s.kind === "other" && s.lines.length > 0).map((s) => s.title),
    },
  };
}

/** A PDF's positioned text → a JSON Resume document, two-column layouts read column by column. */
export function resumeFromPdfPages(pages: PageRuns[]): ResumeReading {
  const { blocks, columns } = blocksFromPages(pages);
  return resumeFromBlocks(blocks, columns);
}

/** pdf.js's text layer as runs. */
export function pageRunsFromPdf(pages: PdfTextPage[]): PageRuns[] {
  return pages.map((page) => ({
    width: page.width,
    height: page.height,
    runs: page.items.map((item) => ({
      text: item.str,
      x: item.x,
      y: item.y,
      width: item.width,
      fontSize: item.fontSize,
      // The text layer names fonts by internal ids ("g_d0_f1"), so weight is unknown; size carries emphasis.
      bold: false,
    })),
  }));
}

/** A DOCX's word/document.xml → a JSON Resume document. */
export function resumeFromDocxXml(xml: string): ResumeReading {
  return resumeFromBlocks(blocksFromDocxXml(xml), 1);
}
