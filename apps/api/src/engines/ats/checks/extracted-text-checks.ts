import type { AtsCheck } from "@hirefolio/shared";
import { collectChecks } from "./collect-checks";

interface BadCharacters {
  id: string;
  severity: AtsCheck["severity"];
  pattern: RegExp;
  what: string;
  fix: string;
}

const BAD_CHARACTERS: readonly BadCharacters[] = [
  {
    id: "private-use",
    severity: "error",
    pattern: /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu,
    what: "Private Use Area characters",
    fix: "usually icon-font glyphs; use text labels instead of icons",
  },
  {
    id: "ligature",
    severity: "warning",
    pattern: /[\uFB00-\uFB06]/g,
    what: "ligatures",
    fix: 'words such as "office" may not match; turn ligatures off in the font settings',
  },
  {
    id: "replacement-char",
    severity: "error",
    pattern: /\uFFFD/g,
    what: "replacement characters (�)",
    fix: "the font has no text mapping for some glyphs; embed a standard font",
  },
  {
    id: "zero-width",
    severity: "warning",
    pattern: /[\u200B-\u200D\u2060\uFEFF\u00AD]/g,
    what: "invisible zero-width or soft-hyphen characters",
    fix: "they split words for a parser; remove them",
  },
];

/**
 * Characters in the text read back from an exported PDF that ATS parsers extract badly, and fields whose text did
 * not come back at all (a glyph the font cannot draw is silently dropped from the PDF).
 */
export function checkExtractedText(extractedText: string | undefined, lostFields: readonly string[] = []): AtsCheck[] {
  return collectChecks("pdf-text", "format", (add) => {
    for (const field of lostFields) {
      add(
        "text-lost",
        "error",
        "Part of this text is missing from the exported PDF, so an ATS cannot read it: the PDF font has no glyph for an emoji, icon or symbol in it.",
        field,
      );
    }
    if (!extractedText) return;
    for (const bad of BAD_CHARACTERS) {
      const found = extractedText.match(bad.pattern);
      if (!found) continue;
      const examples = [...new Set(found)].slice(0, 3).map(codePoint).join(", ");
      add(bad.id, bad.severity, `${found.length} ${bad.what} (${examples}) in the exported PDF's text: ${bad.fix}.`);
    }
  });
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}
