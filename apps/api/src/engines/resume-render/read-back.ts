import { inflateRawSync } from "node:zlib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Span } from "./render-model";

export interface ExportVerification {
  ok: boolean;
  /** Fields whose text is not found in the extracted text. */
  missing: string[];
  /** Characters in the extracted text that parsers cannot read: private use, U+FFFD, ligatures, controls. */
  badCharacters: string[];
}

interface PositionedText {
  str: string;
  transform: number[];
  width: number;
}

/**
 * The PDF's text layer as a parser sees it: items on one baseline join into a line, a horizontal gap becomes a
 * space, and a new baseline starts a new line.
 */
export async function extractPdfText(pdf: Uint8Array): Promise<string> {
  const task = getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      let text = "";
      let last: { y: number; end: number } | undefined;
      for (const item of content.items as PositionedText[]) {
        if (typeof item.str !== "string" || item.str === "") continue;
        const x = item.transform[4] ?? 0;
        const y = item.transform[5] ?? 0;
        if (last && Math.abs(y - last.y) > 1) text += "\n";
        else if (last && x - last.end > 1) text += " ";
        text += item.str;
        last = { y, end: x + item.width };
      }
      pages.push(text);
    }
    return pages.join("\n");
  } finally {
    await task.destroy();
  }
}

/** The named file of a ZIP archive (DOCX is one); stored and deflated entries, which is all Office writes. */
export function readZipEntry(zip: Buffer, name: string): Buffer | undefined {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error("not a ZIP archive");
  const count = zip.readUInt16LE(endOfDirectory + 10);
  let offset = zip.readUInt32LE(endOfDirectory + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error("corrupt ZIP central directory");
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const entryName = zip.toString("utf8", offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) return data;
    if (method === 8) return inflateRawSync(data);
    throw new Error(`unsupported ZIP compression method ${method}`);
  }
  return undefined;
}

const entities: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeXml(text: string) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return entities[entity] ?? whole;
  });
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
export function verifyExport(expected: Span[], extractedText: string): ExportVerification {
  const extracted = normalise(extractedText);
  const missing = [...new Set(expected.filter((s) => !extracted.includes(normalise(s.text))).map((s) => s.field))];
  const badCharacters = [...new Set(extractedText.match(unreadable) ?? [])].map(
    (c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`,
  );
  return { ok: missing.length === 0 && badCharacters.length === 0, missing, badCharacters };
}
