import type { ResumeDocument } from "@hirefolio/shared";
import { getAtPath, parsePath, setAtPath } from "./resume-paths";

/** Fields the editor shows, so a suggestion for them can be applied in place. */
const editableSections = new Set(["basics", "work", "education", "skills", "projects"]);

/**
 * The document with a suggestion's text applied at `where`: a text field is replaced, a list of texts (bullets,
 * keywords) gets it appended, and "skills" gets a new group. Undefined when `where` is not something the editor
 * shows, in which case the user can only copy the text.
 */
export function applySuggestion(
  document: ResumeDocument,
  where: string,
  after: string,
): { document: ResumeDocument; path: string } | undefined {
  const [section] = parsePath(where);
  if (typeof section !== "string" || !editableSections.has(section)) return undefined;
  if (where === "skills") {
    const index = document.skills.length;
    return {
      document: { ...document, skills: [...document.skills, { name: "Skills", keywords: [after] }] },
      path: `skills[${index}].keywords[0]`,
    };
  }
  const current = getAtPath(document, where);
  if (Array.isArray(current)) {
    if (current.some((item) => typeof item !== "string")) return undefined;
    return { document: setAtPath(document, where, [...current, after]), path: `${where}[${current.length}]` };
  }
  if (current !== undefined && typeof current !== "string") return undefined;
  return { document: setAtPath(document, where, after), path: where };
}

/** Placeholders such as "[N]" or "[metric]" that a suggestion leaves for the user to fill in. */
export const placeholderPattern = /\[[^\]\n]{1,30}\]/g;

export function hasPlaceholder(text: string | undefined): boolean {
  return !!text && new RegExp(placeholderPattern.source).test(text);
}
