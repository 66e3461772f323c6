import { type ResumeChange, type ResumeDocument, resumeSections } from "@hirefolio/shared";
import { diffArrays, diffWords } from "diff";

/**
 * Myers' diff costs O(N·D); past this many edits two texts (or two lists of texts) are reported as replaced
 * without alignment. An edit count rather than a timeout keeps the result the same on every machine.
 */
const maxEdits = 300;

type Changes = ResumeChange[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An absent field and an empty text mean the same thing in a resume. */
function isBlank(value: unknown) {
  return value === undefined || value === null || value === "";
}

function childPath(path: string, key: string) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function wordChanges(before: string, after: string): ResumeChange["words"] {
  const parts = diffWords(before, after, { maxEditLength: maxEdits });
  return parts?.map(({ value, added, removed }) => ({
    value,
    ...(added ? { added } : {}),
    ...(removed ? { removed } : {}),
  }));
}

function change(
  out: Changes,
  section: string,
  path: string,
  kind: ResumeChange["kind"],
  before: unknown,
  after: unknown,
) {
  const words = kind === "changed" && typeof before === "string" && typeof after === "string";
  out.push({
    path,
    section,
    kind,
    ...(kind === "added" ? {} : { before }),
    ...(kind === "removed" ? {} : { after }),
    ...(words ? { words: wordChanges(before, after) } : {}),
  });
}

/** The keys of both objects in document order, a removed key where it stood before. */
function mergedKeys(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after);
  let at = 0;
  for (const key of Object.keys(before)) {
    const found = keys.indexOf(key);
    if (found >= 0) at = found + 1;
    else keys.splice(at++, 0, key);
  }
  return keys;
}

function walkObject(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  path: string,
  section: string,
  out: Changes,
) {
  for (const key of mergedKeys(before, after)) walk(before[key], after[key], childPath(path, key), section, out);
}

/** Entries (work, education …) have no ids, so they are compared by position. */
function walkByPosition(before: unknown[], after: unknown[], path: string, section: string, out: Changes) {
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const at = `${path}[${i}]`;
    if (i >= after.length) change(out, section, at, "removed", before[i], undefined);
    else if (i >= before.length) change(out, section, at, "added", undefined, after[i]);
    else walk(before[i], after[i], at, section, out);
  }
}

/**
 * Lists of texts (highlights, keywords) are aligned, so a bullet inserted at the top is one addition rather than
 * a change to every bullet below it. A removed run followed by an added run of texts is paired up as changes.
 */
function walkTexts(before: string[], after: string[], path: string, section: string, out: Changes) {
  const parts = diffArrays(before, after, { maxEditLength: maxEdits });
  if (!parts) return walkByPosition(before, after, path, section, out);
  let b = 0;
  let a = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!part.added && !part.removed) {
      b += part.count;
      a += part.count;
      continue;
    }
    const removed = part.removed ? part.value : [];
    const next = parts[p + 1];
    const added = part.added ? part.value : next?.added ? next.value : [];
    if (part.removed && next?.added) p++;
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++) walk(removed[i], added[i], `${path}[${a + i}]`, section, out);
    for (let i = paired; i < removed.length; i++)
      change(out, section, `${path}[${b + i}]`, "removed", removed[i], undefined);
    for (let i = paired; i < added.length; i++) change(out, section, `${path}[${a + i}]`, "added", undefined, added[i]);
    b += removed.length;
    a += added.length;
  }
}

function walk(before: unknown, after: unknown, path: string, section: string, out: Changes) {
  if (isRecord(before) || isRecord(after)) {
    if ((isRecord(before) || before === undefined) && (isRecord(after) || after === undefined)) {
      return walkObject(before ?? {}, after ?? {}, path, section, out);
    }
  } else if (Array.isArray(before) || Array.isArray(after)) {
    if ((Array.isArray(before) || before === undefined) && (Array.isArray(after) || after === undefined)) {
      const from = before ?? [];
      const to = after ?? [];
      const texts = [...from, ...to].every((item) => typeof item === "string");
      return texts
        ? walkTexts(from as string[], to as string[], path, section, out)
        : walkByPosition(from, to, path, section, out);
    }
  } else if (isBlank(before) && isBlank(after)) return;
  else if (isBlank(before)) return change(out, section, path, "added", undefined, after);
  else if (isBlank(after)) return change(out, section, path, "removed", before, undefined);
  else if (before === after) return;
  // Values of different shapes, or two different scalars.
  change(out, section, path, "changed", before, after);
}

/** Field-level differences from one resume document to another, in the order the resume lists its sections. */
export function diffResumes(from: ResumeDocument, to: ResumeDocument): ResumeChange[] {
  const out: Changes = [];
  const before: Record<string, unknown> = from;
  const after: Record<string, unknown> = to;
  const sections = new Set<string>([...resumeSections, ...Object.keys(after), ...Object.keys(before)]);
  for (const section of sections) walk(before[section], after[section], section, section, out);
  return out;
}

/** One line for a version list, e.g. "3 fields changed in work, skills". */
export function summarizeChanges(changes: ResumeChange[]): string {
  if (changes.length === 0) return "No changes";
  const sections = [...new Set(changes.map((c) => c.section))];
  return `${changes.length} ${changes.length === 1 ? "field" : "fields"} changed in ${sections.join(", ")}`;
}
