import { type Block, type Line, lineText } from "./text-lines";

export type SectionKind =
  | "contact"
  | "summary"
  | "work"
  | "education"
  | "skills"
  | "projects"
  | "certificates"
  | "awards"
  | "languages"
  | "interests"
  | "volunteer"
  | "publications"
  | "references"
  | "profiles"
  | "other";

/** Heading texts (lower case, "&" as "and", no punctuation) and the section each one opens. */
const headingSynonyms: Record<Exclude<SectionKind, "other">, string[]> = {
  contact: ["personal information", "contact", "contact information", "contact details", "personal details", "details"],
  summary: [
    "summary",
    "professional summary",
    "profile",
    "about",
    "about me",
    "objective",
    "career objective",
    "career summary",
    "executive summary",
    "overview",
    "personal statement",
    "professional profile",
    "summary of qualifications",
  ],
  work: [
    "experience",
    "work experience",
    "professional experience",
    "employment",
    "employment history",
    "work history",
    "career history",
    "relevant experience",
    "professional background",
    "experience history",
    "career",
  ],
  education: ["education", "academic background", "academics", "education and training", "academic qualifications"],
  skills: [
    "skills",
    "technical skills",
    "core competencies",
    "competencies",
    "key skills",
    "expertise",
    "areas of expertise",
    "skills and tools",
    "tech stack",
    "skills and abilities",
    "core skills",
  ],
  projects: ["projects", "personal projects", "key projects", "selected projects", "side projects", "open source"],
  certificates: [
    "certifications",
    "certificates",
    "certification",
    "licenses and certifications",
    "licences and certifications",
    "courses and certifications",
    "courses",
  ],
  awards: ["awards", "honors", "honours", "honors and awards", "awards and honors", "achievements", "accomplishments"],
  languages: ["languages", "language skills"],
  interests: ["interests", "hobbies", "hobbies and interests"],
  volunteer: ["volunteering", "volunteer", "volunteer experience", "volunteer work", "community service"],
  publications: ["publications", "papers", "research and publications"],
  references: ["references"],
  profiles: ["profiles", "social", "online presence", "links", "social profiles"],
};

const headingIndex = new Map<string, SectionKind>(
  Object.entries(headingSynonyms).flatMap(([kind, texts]) => texts.map((t) => [t, kind as SectionKind])),
);

const headingKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z ]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** The section a heading text opens, if it is a known heading. */
export function knownHeading(text: string): SectionKind | undefined {
  return text.length <= 40 ? headingIndex.get(headingKey(text)) : undefined;
}

/**
 * Inside a section, a short line alone that is all caps, clearly larger than the body, or bold and larger reads as
 * a heading even when its words are unknown ("MILITARY SERVICE"). Not before the first heading or in a contact
 * section, where the name would qualify.
 */
function looksLikeUnknownHeading(line: Line, bodySize: number) {
  const text = lineText(line);
  const short = line.cells.length === 1 && text.split(" ").length <= 4 && /^[\p{L} &/-]{3,40}$/u.test(text);
  const caps = /^[A-Z][A-Z &/-]{3,}$/.test(text) && line.fontSize >= bodySize - 0.5;
  const larger = line.fontSize >= bodySize + 1.5 || (line.bold && line.fontSize > bodySize + 0.5);
  return short && (caps || larger);
}

export interface Section {
  kind: SectionKind;
  title: string;
  column: number;
  lines: Line[];
}

/**
 * Cuts blocks into sections at their headings. Lines above a page's first heading are the preamble (name and
 * contact) on the first page and the continuation of the same column's last section on later pages. A heading
 * that shares its line with content (a label column beside the text) is split off that line.
 */
export function splitSections(blocks: Block[], bodySize: number): { preamble: Line[]; sections: Section[] } {
  const preamble: Line[] = [];
  const sections: Section[] = [];
  const lastByColumn = new Map<number, Section>();
  for (const block of blocks) {
    let current: Section | undefined;
    for (const line of block.lines) {
      const [first, ...rest] = line.cells;
      const kind = line.heading ? (knownHeading(lineText(line)) ?? "other") : knownHeading(first?.text ?? "");
      const unknown =
        !kind &&
        !line.heading &&
        current !== undefined &&
        current.kind !== "contact" &&
        looksLikeUnknownHeading(line, bodySize);
      if (kind || unknown) {
        current = {
          kind: kind ?? "other",
          title: line.heading ? lineText(line) : (first?.text ?? ""),
          column: block.column,
          lines: [],
        };
        sections.push(current);
        lastByColumn.set(block.column, current);
        if (rest.length > 0 && !line.heading) current.lines.push({ ...line, cells: rest });
        continue;
      }
      const target = current ?? (block.page > 1 ? (lastByColumn.get(block.column) ?? sections.at(-1)) : undefined);
      if (target) target.lines.push(line);
      else preamble.push(line);
    }
  }
  return { preamble, sections };
}
