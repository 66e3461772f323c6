import { decodeXml } from "../resume-render/office-zip";
import type { Block, Line } from "./text-lines";

const defaultHalfPoints = 22;

function runText(paragraph: string) {
  return [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)]
    .map((m) => (m[2] ? (m[2] === "tab" ? "\t" : "\n") : decodeXml(m[1] ?? "")))
    .join("");
}

const isOn = (xml: string, tag: string) => new RegExp(`<w:${tag}(?:\\s+w:val="(?:true|1|on)")?\\s*/>`).test(xml);

/**
 * word/document.xml → one block of lines: a paragraph per line (a line break inside one starts another), tab
 * stops as cell boundaries, Heading styles as headings, list numbering as bullets, run size and bold kept.
 */
export function blocksFromDocxXml(xml: string): Block[] {
  const lines: Line[] = [];
  for (const paragraph of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const style = paragraph.match(/<w:pStyle w:val="([^"]+)"/)?.[1] ?? "";
    const runs = paragraph.match(/<w:r[ >][\s\S]*?<\/w:r>/g) ?? [];
    const textRuns = runs.filter((r) => /<w:t[ >]/.test(r));
    const sizes = textRuns.map((r) => Number(r.match(/<w:sz w:val="(\d+)"/)?.[1] ?? 0)).filter((s) => s > 0);
    const isTitle = /^title$/i.test(style);
    const fontSize = (sizes.length ? Math.max(...sizes) : isTitle ? 2 * defaultHalfPoints : defaultHalfPoints) / 2;
    const bold = textRuns.length > 0 && textRuns.every((r) => isOn(r, "b"));
    const heading = /^heading\s?\d$/i.test(style) || /<w:outlineLvl /.test(paragraph);
    const bullet = /<w:numPr>/.test(paragraph) || /^list/i.test(style);
    for (const [index, text] of runText(paragraph).split("\n").entries()) {
      const cells = text
        .split(/\t+/)
        .map((t) => t.replace(/\s+/g, " ").trim())
        .filter(Boolean)
        .map((t) => ({ text: t, x: 0, right: 0 }));
      if (cells.length === 0) continue;
      lines.push({
        cells: bullet && index === 0 ? cells.map((c, i) => (i === 0 ? { ...c, text: `• ${c.text}` } : c)) : cells,
        y: lines.length,
        page: 1,
        fontSize,
        bold,
        startsParagraph: index === 0,
        heading,
        bullet,
      });
    }
  }
  return [{ page: 1, column: 0, lines }];
}
