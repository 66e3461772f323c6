import type { ResumeDocumentInput } from "@hirefolio/shared";
import type { DateRange } from "./dates";
import { appendWrapped, gridColumns, groupEntries, isBodyText, type RawEntry } from "./entries";
import { type Line, lineText } from "./text-lines";

type Input = Required<ResumeDocumentInput>;
type Work = NonNullable<Input["work"]>[number];
type Education = NonNullable<Input["education"]>[number];

const line = (text: string | undefined, max = 200) => (text ? text.slice(0, max) : undefined);

/** Only http(s) links are kept; "johndoe.me" becomes "https://johndoe.me". */
export function webUrl(text: string | undefined) {
  if (!text) return undefined;
  const url = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  try {
    return new URL(url).protocol.startsWith("http") ? url.slice(0, 2048) : undefined;
  } catch {
    return undefined;
  }
}

const period = (range: DateRange | undefined) => ({
  ...(range?.startDate ? { startDate: range.startDate } : {}),
  ...(range?.endDate ? { endDate: range.endDate } : {}),
});

/**
 * Body text: list items become highlights and a single plain paragraph a summary; a plain paragraph before the
 * list is the summary of the list that follows it.
 */
function bodyOf(entry: RawEntry): { summary?: string; highlights?: string[] } {
  const { body, bullets } = entry;
  if (body.length === 0) return {};
  if (body.length === 1 && !bullets[0]) return { summary: body[0]!.slice(0, 5000) };
  const leadIn = !bullets[0] && bullets.slice(1).some(Boolean);
  const highlights = (leadIn ? body.slice(1) : body).slice(0, 30).map((h) => h.slice(0, 1000));
  return { ...(leadIn ? { summary: body[0]!.slice(0, 5000) } : {}), highlights };
}

const titleWords =
  /\b(engineer|developer|manager|director|designer|analyst|consultant|intern|lead|head|architect|scientist|specialist|coordinator|administrator|officer|assistant|associate|president|vp|founder|cto|ceo|cfo|coo|owner|programmer|technician|accountant|nurse|teacher|professor|researcher|editor|writer|marketer|representative|supervisor|executive|advisor|strategist|producer|principal|staff|senior|junior|sr|jr|trainee|apprentice|fellow|tutor|instructor|recruiter|chief|member|clerk|agent|physician|therapist|attorney|lawyer|paralegal)\b/gi;
const companyWords =
  /\b(inc|llc|ltd|gmbh|corp|corporation|company|co|group|plc|ag|sa|bv|labs?|technologies|solutions|systems|studios?|agency|bank|hospital|partners|holdings|consulting|software|media|foundation|university|ventures|enterprises|services)\b/gi;
const hits = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const titleScore = (text: string) => hits(text, titleWords) - 2 * hits(text, companyWords);

/** Of a job's labels, the one that reads most like a job title is the position; the other the employer. */
function positionAndEmployer(labels: string[]) {
  const [a, b, ...rest] = labels;
  if (b === undefined) return titleScore(a ?? "") > 0 ? { position: a } : { name: a };
  const aIsTitle = titleScore(a!) >= titleScore(b);
  return { position: aIsTitle ? a : b, name: aIsTitle ? b : a, description: rest.join(", ") || undefined };
}

function toWork(entry: RawEntry): Work {
  const { position, name, description } = positionAndEmployer(entry.shorts);
  return {
    name: line(name),
    position: line(position),
    description: line(description),
    location: line(entry.locations[0]),
    url: webUrl(entry.urls[0]),
    ...period(entry.dates[0]),
    ...bodyOf(entry),
  };
}

const institutionWords =
  /\b(university|college|school|institute|academy|polytechnic|hochschule|universit[äéà]|conservatory|ecole|école)\b/i;
const degreeWords =
  /\b(bachelor|master|mba|ph\.?\s?d|doctor(ate)?|associate|diploma|b\.?\s?sc?|m\.?\s?sc?|b\.?\s?a|m\.?\s?a|b\.?\s?eng|m\.?\s?eng|llb|llm|high school|ged|a-levels?|degree|abitur)\b/i;

/** "Bachelor's in Computer Science" → degree "Bachelor's", field "Computer Science"; "Bachelor of Arts" stays whole. */
function splitDegree(text: string) {
  const match = text.match(/^(.+)\s+in\s+(.+)$/i);
  return match ? { studyType: match[1]!, area: match[2]! } : { studyType: text };
}

/** "Bachelor, Information Technology, GPA: 3.8" → degree, field and score. */
function degreeParts(degree: string) {
  const [first = "", ...rest] = degree.split(/,\s+/);
  const score = rest.find((r) => /\b(gpa|grade|score)\b/i.test(r))?.replace(/^[^:]*:\s*/, "");
  const field = rest.find((r) => !/\b(gpa|grade|score)\b/i.test(r));
  const { studyType, area } = splitDegree(first);
  return { studyType, area: area ?? field, score };
}

/** A lone year under a degree is when it was earned. */
const graduation = (range: DateRange | undefined) =>
  range?.startDate && !range.endDate && !range.current ? { endDate: range.startDate } : period(range);

function toEducation(entry: RawEntry): Education {
  const labels = [...entry.shorts];
  const take = (test: (text: string) => boolean) => {
    const index = labels.findIndex(test);
    return index < 0 ? undefined : labels.splice(index, 1)[0];
  };
  const institution = take((t) => institutionWords.test(t)) ?? take((t) => !degreeWords.test(t)) ?? take(() => true);
  const degree = take((t) => degreeWords.test(t)) ?? labels.shift();
  const parts = degree ? degreeParts(degree) : undefined;
  const gpa = entry.body
    .find((b) => /\b(gpa|grade)\b/i.test(b))
    ?.match(/\d+(?:[.,]\d+)?(?:\s*\/\s*\d+(?:[.,]\d+)?)?/)?.[0];
  const score = parts?.score ?? gpa;
  return {
    institution: line(institution),
    studyType: line(parts?.studyType),
    area: line(parts?.area ?? labels.shift()),
    url: webUrl(entry.urls[0]),
    ...graduation(entry.dates[0]),
    ...(score ? { score: score.slice(0, 40) } : {}),
  };
}

function toProject(entry: RawEntry) {
  const [name, ...roles] = entry.shorts;
  const body = bodyOf(entry);
  return {
    name: line(name),
    ...(roles.length ? { roles: roles.slice(0, 20).map((r) => r.slice(0, 100)) } : {}),
    ...(body.summary ? { description: body.summary } : {}),
    ...(body.highlights ? { highlights: body.highlights } : {}),
    ...(entry.keywords.length ? { keywords: entry.keywords.slice(0, 50).map((k) => k.slice(0, 100)) } : {}),
    url: webUrl(entry.urls[0]),
    ...period(entry.dates[0]),
  };
}

function toCertificate(entry: RawEntry) {
  const [name, issuer] = entry.shorts;
  return { name: line(name), issuer: line(issuer), date: entry.dates[0]?.startDate, url: webUrl(entry.urls[0]) };
}

function toAward(entry: RawEntry) {
  const [title, awarder] = entry.shorts;
  return { title: line(title), awarder: line(awarder), date: entry.dates[0]?.startDate, ...bodyOf(entry) };
}

function toVolunteer(entry: RawEntry) {
  const { position, name } = positionAndEmployer(entry.shorts);
  return {
    organization: line(name),
    position: line(position),
    url: webUrl(entry.urls[0]),
    ...period(entry.dates[0]),
    ...bodyOf(entry),
  };
}

function toPublication(entry: RawEntry) {
  const [name, publisher] = entry.shorts;
  return {
    name: line(name),
    publisher: line(publisher),
    releaseDate: entry.dates[0]?.startDate,
    url: webUrl(entry.urls[0]),
    ...(entry.body[0] ? { summary: entry.body.join(" ").slice(0, 5000) } : {}),
  };
}

/** Entries of a section that lists items (jobs, degrees …), each grid column read on its own. */
function entriesOf(lines: Line[], maxLabels = 3) {
  return gridColumns(lines).flatMap((column) => groupEntries(column, { maxLabels }));
}

export const entrySections = {
  work: (lines: Line[]) => entriesOf(lines).map(toWork),
  education: (lines: Line[]) => entriesOf(lines).map(toEducation),
  projects: (lines: Line[]) => entriesOf(lines, 2).map(toProject),
  certificates: (lines: Line[]) => entriesOf(lines, 2).map(toCertificate),
  awards: (lines: Line[]) => entriesOf(lines, 2).map(toAward),
  volunteer: (lines: Line[]) => entriesOf(lines).map(toVolunteer),
  publications: (lines: Line[]) => entriesOf(lines, 2).map(toPublication),
};

/** Entries whose header dates could not be read, for the import report. */
export const unreadDatesIn = (lines: Line[]) => entriesOf(lines).reduce((sum, e) => sum + e.unreadDates, 0);

/** A section's lines as running text: wrapped lines joined, paragraphs kept apart. */
export function paragraphsOf(lines: Line[]) {
  const paragraphs: string[] = [];
  for (const l of lines) {
    const text = lineText(l);
    if (l.startsParagraph || paragraphs.length === 0) paragraphs.push(text);
    else paragraphs[paragraphs.length - 1] = appendWrapped(paragraphs.at(-1)!, text);
  }
  return paragraphs;
}

const levelWords = /^(beginner|novice|intermediate|advanced|expert|master|proficient|familiar|basic|experienced)$/i;
const listSeparator = /\s*(?:,|;|•|·|\||\s\/\s)\s*/;

/** "Web Development (Master)" → name and level. */
function nameAndLevel(text: string): { name: string; level?: string } {
  const match = text.trim().match(/^(.+?)\s*\(([^)]+)\)$/);
  return match ? { name: match[1]!, level: match[2]! } : { name: text.trim() };
}

/** Skill groups: "Name: a, b, c" lines, or a name line, an optional level line and a keyword list line. */
export function skillsOf(lines: Line[]) {
  const skills: { name?: string; level?: string; keywords: string[] }[] = [];
  for (const column of gridColumns(lines)) {
    let group: (typeof skills)[number] | undefined;
    let continues = false;
    const startGroup = (fields: { name?: string; level?: string }, keywords: string[] = []) => {
      group = { ...fields, keywords };
      skills.push(group);
      return group;
    };
    for (const cell of column.flatMap((l) => l.cells.map((c) => c.text))) {
      const named = cell.match(/^([^:,]{2,40}):\s*(.+)$/);
      const items = (named ? named[2]! : cell)
        .split(listSeparator)
        .map((k) => k.trim())
        .filter(Boolean);
      if (named) startGroup(nameAndLevel(named[1]!), items);
      else if (levelWords.test(cell) && group && !group.level) group.level = cell;
      else if ((items.length > 1 || continues) && !isBodyText(cell)) {
        const target = group && (group.keywords.length === 0 || continues) ? group : startGroup({});
        target.keywords.push(...items);
      } else startGroup(nameAndLevel(cell.replace(/^[•●▪■◦‣∙○►✓–-]\s*/, "")));
      continues = /,\s*$/.test(cell);
    }
  }
  return skills.slice(0, 50).map((s) => ({
    name: line(s.name),
    level: line(s.level),
    keywords: s.keywords.slice(0, 50).map((k) => k.slice(0, 100)),
  }));
}

const fluencyWords =
  /\b(native|fluent|bilingual|proficient|professional|conversational|intermediate|beginner|basic|elementary|advanced|working|limited|mother tongue|[abc][12])\b/i;

/** Languages with their fluency: "English" then "Native Speaker", or "Spanish (B2)" / "Spanish – Intermediate". */
export function languagesOf(lines: Line[]) {
  const languages: { language?: string; fluency?: string }[] = [];
  for (const column of gridColumns(lines))
    for (const cell of column.flatMap((l) => l.cells.map((c) => c.text))) {
      const inline = cell.match(/^([\p{L} ]{2,30})\s*(?:\(|[-–—:,]\s)\s*([^)]+)\)?$/u);
      const last = languages.at(-1);
      if (inline && fluencyWords.test(inline[2]!))
        languages.push({ language: inline[1]!.trim(), fluency: inline[2]!.trim() });
      else if (fluencyWords.test(cell) && last && !last.fluency) last.fluency = cell;
      else languages.push({ language: cell });
    }
  return languages.slice(0, 50).map((l) => ({ language: line(l.language), fluency: line(l.fluency) }));
}

export function interestsOf(lines: Line[]) {
  return lines
    .flatMap((l) => l.cells.flatMap((c) => c.text.split(listSeparator)))
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 50)
    .map((name) => ({ name: line(name) }));
}

/** "Available upon request" is a promise, not a reference. */
export function referencesOf(lines: Line[]) {
  return paragraphsOf(lines)
    .filter((p) => !/available (up)?on request/i.test(p))
    .slice(0, 50)
    .map((reference) => ({ reference: reference.slice(0, 5000) }));
}
