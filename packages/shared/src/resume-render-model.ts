import { type ResumeDocument, resumeSections } from "./resume";
import type { ResumeTemplate, TemplateSection } from "./resume-templates";

/** A piece of text taken from one document field; every span must survive into every export. */
export interface RenderSpan {
  field: string;
  text: string;
}

export type RenderBlock =
  | { kind: "name"; span: RenderSpan }
  | { kind: "tagline"; span: RenderSpan }
  | { kind: "contact"; spans: RenderSpan[] }
  | { kind: "heading"; section: TemplateSection; span: RenderSpan }
  | { kind: "entry"; title?: RenderSpan; subtitle: RenderSpan[]; dates?: RenderSpan }
  | { kind: "paragraph"; span: RenderSpan }
  | { kind: "bullet"; span: RenderSpan }
  | { kind: "line"; label?: RenderSpan; spans: RenderSpan[] };

export const contactSeparator = " | ";
export const subtitleSeparator = ", ";
export const listSeparator = ", ";
export const dateRangeSeparator = " – ";
export const bulletGlyph = "•";

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2013-12-01" and "2013-12" become "Dec 2013"; "2013" stays "2013" (ATS parsers read "Mon YYYY"). */
export function formatDate(isoDate: string | undefined): string | undefined {
  const match = isoDate?.match(/^(\d{4})(?:-(\d{2}))?/);
  if (!match) return undefined;
  const month = match[2] ? months[Number(match[2]) - 1] : undefined;
  return month ? `${month} ${match[1]}` : match[1];
}

/** A start without an end is the current role, written "Present". */
export function formatDateRange(startDate: string | undefined, endDate: string | undefined): string | undefined {
  const start = formatDate(startDate);
  const end = formatDate(endDate);
  if (start) return `${start}${dateRangeSeparator}${end ?? "Present"}`;
  return end;
}

const replacements: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  // Private Use Area (icon fonts), soft hyphens, zero-width and control characters carry no readable text.
  [/[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}\u00AD\u200B-\u200D\u2060\uFEFF]/gu, ""],
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  [/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ""],
  [/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, " "],
];

/** Text as an ATS reads it best: straight quotes, no ligatures, no private-use or invisible characters. */
export function atsText(value: string | undefined): string {
  // Ligature code points copy out as one glyph that parsers do not match against "fi" or "fl".
  let text = (value ?? "").replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize("NFKC"));
  for (const [pattern, replacement] of replacements) text = text.replace(pattern, replacement);
  return text.trim();
}

function span(field: string, value: string | undefined): RenderSpan | undefined {
  const text = atsText(value);
  return text ? { field, text } : undefined;
}

const present = <T>(values: (T | undefined)[]) => values.filter((v): v is T => v !== undefined);

function header(document: ResumeDocument): RenderBlock[] {
  const { basics } = document;
  const blocks: RenderBlock[] = [];
  const name = span("basics.name", basics.name);
  if (name) blocks.push({ kind: "name", span: name });
  const label = span("basics.label", basics.label);
  if (label) blocks.push({ kind: "tagline", span: label });
  const location = basics.location;
  const place = [location?.city, location?.region, location?.countryCode].map((part) => atsText(part)).filter(Boolean);
  const contact = present([
    span("basics.email", basics.email),
    span("basics.phone", basics.phone),
    span("basics.location", place.join(", ")),
    span("basics.url", basics.url),
    ...(basics.profiles ?? []).map((profile, i) =>
      span(`basics.profiles[${i}]`, profile.url || [profile.network, profile.username].filter(Boolean).join(": ")),
    ),
  ]);
  if (contact.length) blocks.push({ kind: "contact", spans: contact });
  return blocks;
}

function bullets(path: string, highlights: string[] | undefined): RenderBlock[] {
  return present((highlights ?? []).map((h, i) => span(`${path}.highlights[${i}]`, h))).map((s) => ({
    kind: "bullet",
    span: s,
  }));
}

function paragraph(field: string, value: string | undefined): RenderBlock[] {
  const s = span(field, value);
  return s ? [{ kind: "paragraph", span: s }] : [];
}

function entry(
  title: RenderSpan | undefined,
  subtitle: (RenderSpan | undefined)[],
  dates: RenderSpan | undefined,
): RenderBlock[] {
  const parts = present(subtitle);
  if (!title && !parts.length && !dates) return [];
  return [{ kind: "entry", title, subtitle: parts, dates }];
}

function line(label: RenderSpan | undefined, spans: (RenderSpan | undefined)[]): RenderBlock[] {
  const parts = present(spans);
  if (!label && !parts.length) return [];
  return [{ kind: "line", label, spans: parts }];
}

function sectionBody(document: ResumeDocument, section: TemplateSection): RenderBlock[] {
  switch (section) {
    case "basics":
      return paragraph("basics.summary", document.basics.summary);
    case "work":
      return document.work.flatMap((w, i) => [
        ...entry(
          span(`work[${i}].position`, w.position),
          [span(`work[${i}].name`, w.name), span(`work[${i}].location`, w.location)],
          span(`work[${i}].dates`, formatDateRange(w.startDate, w.endDate)),
        ),
        ...paragraph(`work[${i}].summary`, w.summary),
        ...bullets(`work[${i}]`, w.highlights),
      ]);
    case "volunteer":
      return document.volunteer.flatMap((v, i) => [
        ...entry(
          span(`volunteer[${i}].position`, v.position),
          [span(`volunteer[${i}].organization`, v.organization)],
          span(`volunteer[${i}].dates`, formatDateRange(v.startDate, v.endDate)),
        ),
        ...paragraph(`volunteer[${i}].summary`, v.summary),
        ...bullets(`volunteer[${i}]`, v.highlights),
      ]);
    case "education":
      return document.education.flatMap((e, i) => [
        ...entry(
          span(`education[${i}].institution`, e.institution),
          [
            span(
              `education[${i}].degree`,
              [e.studyType, e.area]
                .map((p) => atsText(p))
                .filter(Boolean)
                .join(", "),
            ),
            span(`education[${i}].score`, e.score ? `Grade: ${e.score}` : undefined),
          ],
          span(`education[${i}].dates`, formatDateRange(e.startDate, e.endDate)),
        ),
        ...line(
          e.courses?.length ? { field: `education[${i}].courses`, text: "Courses" } : undefined,
          (e.courses ?? []).map((c, j) => span(`education[${i}].courses[${j}]`, c)),
        ),
      ]);
    case "awards":
      return document.awards.flatMap((a, i) => [
        ...entry(
          span(`awards[${i}].title`, a.title),
          [span(`awards[${i}].awarder`, a.awarder)],
          span(`awards[${i}].date`, formatDate(a.date)),
        ),
        ...paragraph(`awards[${i}].summary`, a.summary),
      ]);
    case "certificates":
      return document.certificates.flatMap((c, i) =>
        entry(
          span(`certificates[${i}].name`, c.name),
          [span(`certificates[${i}].issuer`, c.issuer)],
          span(`certificates[${i}].date`, formatDate(c.date)),
        ),
      );
    case "publications":
      return document.publications.flatMap((p, i) => [
        ...entry(
          span(`publications[${i}].name`, p.name),
          [span(`publications[${i}].publisher`, p.publisher)],
          span(`publications[${i}].releaseDate`, formatDate(p.releaseDate)),
        ),
        ...paragraph(`publications[${i}].summary`, p.summary),
      ]);
    case "skills":
      return document.skills.flatMap((s, i) =>
        line(
          span(`skills[${i}].name`, [s.name, s.level && `(${s.level})`].filter(Boolean).join(" ")),
          (s.keywords ?? []).map((k, j) => span(`skills[${i}].keywords[${j}]`, k)),
        ),
      );
    case "languages":
      return line(
        undefined,
        document.languages.map((l, i) =>
          span(`languages[${i}]`, [l.language, l.fluency && `(${l.fluency})`].filter(Boolean).join(" ")),
        ),
      );
    case "interests":
      return document.interests.flatMap((s, i) =>
        line(
          span(`interests[${i}].name`, s.name),
          (s.keywords ?? []).map((k, j) => span(`interests[${i}].keywords[${j}]`, k)),
        ),
      );
    case "references":
      return document.references.flatMap((r, i) => [
        ...entry(span(`references[${i}].name`, r.name), [], undefined),
        ...paragraph(`references[${i}].reference`, r.reference),
      ]);
    case "projects":
      return document.projects.flatMap((p, i) => [
        ...entry(
          span(`projects[${i}].name`, p.name),
          [span(`projects[${i}].entity`, p.entity), span(`projects[${i}].roles`, p.roles?.join(listSeparator))],
          span(`projects[${i}].dates`, formatDateRange(p.startDate, p.endDate)),
        ),
        ...paragraph(`projects[${i}].description`, p.description),
        ...bullets(`projects[${i}]`, p.highlights),
        ...line(
          p.keywords?.length ? { field: `projects[${i}].keywords`, text: "Keywords" } : undefined,
          (p.keywords ?? []).map((k, j) => span(`projects[${i}].keywords[${j}]`, k)),
        ),
      ]);
  }
}

/**
 * Sections the template leaves out still render, after its own order, so an export never silently drops what the
 * candidate wrote.
 */
export function sectionsInOrder(template: ResumeTemplate): TemplateSection[] {
  const rest = resumeSections.filter(
    (s): s is TemplateSection => s !== "meta" && !template.sectionOrder.includes(s as TemplateSection),
  );
  return [...template.sectionOrder, ...rest];
}

/** The resume as an ordered, single-column list of blocks that every export format renders the same way. */
export function renderModel(document: ResumeDocument, template: ResumeTemplate): RenderBlock[] {
  const blocks = header(document);
  for (const section of sectionsInOrder(template)) {
    const body = sectionBody(document, section);
    if (!body.length) continue;
    blocks.push({ kind: "heading", section, span: { field: `headings.${section}`, text: template.headings[section] } });
    blocks.push(...body);
  }
  return blocks;
}

export function spansOf(block: RenderBlock): RenderSpan[] {
  switch (block.kind) {
    case "name":
    case "tagline":
    case "heading":
    case "paragraph":
    case "bullet":
      return [block.span];
    case "contact":
      return block.spans;
    case "entry":
      return present([block.title, ...block.subtitle, block.dates]);
    case "line":
      return present([block.label, ...block.spans]);
  }
}

/** Every field's text that an export must contain, in reading order; read-back verification checks each one. */
export function expectedTextOf(blocks: RenderBlock[]): RenderSpan[] {
  return blocks.flatMap(spansOf);
}

/** The resume as plain text, one block per line, in the order the exports render it. */
export function plainTextOf(document: ResumeDocument, template: ResumeTemplate): string {
  return renderModel(document, template)
    .map((block) => {
      switch (block.kind) {
        case "contact":
          return block.spans.map((s) => s.text).join(contactSeparator);
        case "entry":
          return [block.title?.text, block.subtitle.map((s) => s.text).join(subtitleSeparator), block.dates?.text]
            .filter(Boolean)
            .join(" ");
        case "line":
          return lineText(block);
        case "bullet":
          return `${bulletGlyph} ${block.span.text}`;
        default:
          return block.span.text;
      }
    })
    .join("\n");
}

export function lineText(block: Extract<RenderBlock, { kind: "line" }>): string {
  const list = block.spans.map((s) => s.text).join(listSeparator);
  if (!block.label) return list;
  return list ? `${block.label.text}: ${list}` : block.label.text;
}
