import type { RenderSpan } from "@hirefolio/shared";
import { decodeXml, readZipEntry } from "./office-zip";
import { readPdfTextLayer } from "./pdf-text-layer";

export interface ExportVerification {
  ok: boolean;
  /** Fields whose text is not found in the extracted text. */
  missing: string[];
  /** Characters in the extracted text that parsers cannot read: private use, U+FFFD, ligatures, controls. */
  badCharacters: string[];
}

/**
 * The PDF's text layer as a parser sees it: items on one baseline join into a line, a horizontal gap becomes a
 * space, and a new baseline starts a new line.
 */
export async function extractPdfText(pdf: Uint8Array): Promise<string> {
  const pages = await readPdfTextLayer(pdf);
  return pages
    .map(({ items }) => {
      let text = "";
      let last: { y: number; end: number } | undefined;
      for (const item of items) {
        if (last && Math.abs(item.y - last.y) > 1) text += "\n";
        else if (last && item.x - last.end > 1) text += " ";
        text += item.str;
        last = { y: item.y, end: item.x + item.width };
      }
      return text;
    })
    .join("\n");
}

/** The body text of a DOCX (word/document.xml), one paragraph per line, tabs and breaks kept. */
export function extractDocxText(docx: Buffer): string {
  const xml = readZipEntry(docx, "word/document.xml")?.toString("utf8");
  if (xml === undefined) throw new Error("DOCX has no word/document.xml");
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t\s*\/>|<w:(tab|br|cr)\b[^>]*\/>/g)]
        .map((m) => (m[2] ? (m[2] === "tab" ? "\t" : "\n") : decodeXml(m[1] ?? "")))
        .join(""),
    )
    .join("\n");
}

const normalise = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

const unreadable =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
  /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}\uFFFD\uFB00-\uFB06\u0000-\u0008\u000B\u000C\u000E-\u001F]/gu;

/** Checks that every expected field's text survived the export, comparing with whitespace normalised. */
export function verifyExport(expected: RenderSpan[], extractedText: string): ExportVerification {
  const extracted = normalise(extractedText);
  const missing = [...new Set(expected.filter((s) => !extracted.includes(normalise(s.text))).map((s) => s.field))];
  const badCharacters = [...new Set(extractedText.match(unreadable) ?? [])].map(
    (c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`,
  );
  return { ok: missing.length === 0 && badCharacters.length === 0, missing, badCharacters };
}
