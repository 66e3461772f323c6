/**
 * Paths into a resume document as the API writes them ("work[0].highlights[2]", "basics.location.city"), and the
 * element ids the editor gives the matching fields, so ATS findings and diffs can point at a field.
 */

export type PathSegment = string | number;

export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return segments;
}

export function formatPath(segments: readonly PathSegment[]): string {
  return segments.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

export function fieldId(path: string): string {
  return `resume-field-${parsePath(path).join("-")}`;
}

export function getAtPath(root: unknown, path: string): unknown {
  let value = root;
  for (const segment of parsePath(path)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

/** A copy of `root` with `value` at `path`; objects and arrays on the way are copied, missing ones created. */
export function setAtPath<T>(root: T, path: string, value: unknown): T {
  const set = (node: unknown, segments: PathSegment[]): unknown => {
    const [head, ...rest] = segments;
    if (head === undefined) return value;
    const container = Array.isArray(node) ? [...node] : { ...(node as Record<string, unknown> | undefined) };
    const child = (container as Record<PathSegment, unknown>)[head];
    (container as Record<PathSegment, unknown>)[head] = set(child ?? (typeof rest[0] === "number" ? [] : {}), rest);
    return container;
  };
  return set(root, parsePath(path)) as T;
}

/** The element of the field at `path`, or of the closest section or entry that contains it. */
export function findFieldElement(path: string): HTMLElement | null {
  const segments = parsePath(path);
  while (segments.length) {
    const element = document.getElementById(fieldId(formatPath(segments)));
    if (element) return element;
    segments.pop();
  }
  return null;
}

/** Scrolls to the field at `path` and focuses it (or its section), for links from ATS findings. */
export function revealField(path: string): void {
  const element = findFieldElement(path);
  if (!element) return;
  element.scrollIntoView({ behavior: "smooth", block: "center" });
  element.focus({ preventScroll: true });
}

/** The resume path of a validation error's field, e.g. "body/document/work/0/startDate" → "work[0].startDate". */
export function problemFieldPath(field: string): string {
  const segments = field
    .split(/[/.]/)
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (segments[0] === "body") segments.shift();
  if (segments[0] === "document") segments.shift();
  return formatPath(segments);
}
