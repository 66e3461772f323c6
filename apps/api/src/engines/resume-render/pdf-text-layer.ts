import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** One run of text as pdf.js places it: x from the left edge, y of the baseline from the top edge, in points. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  fontName: string;
}

export interface PdfTextPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

interface RawTextItem {
  str?: string;
  transform: number[];
  width: number;
  fontName: string;
}

/**
 * The text layer of every page (or of the first `maxPages`), in content-stream order. Rejects what pdf.js cannot
 * open (not a PDF, damaged, password-protected); the error's `name` tells which (InvalidPDFException,
 * PasswordException …).
 */
export async function readPdfTextLayer(pdf: Uint8Array, options: { maxPages?: number } = {}): Promise<PdfTextPage[]> {
  const task = getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: PdfTextPage[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, options.maxPages ?? doc.numPages); n++) {
      const page = await doc.getPage(n);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items as RawTextItem[]) {
        if (typeof item.str !== "string" || item.str === "") continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
        items.push({
          str: item.str,
          x,
          y: height - y,
          width: item.width,
          fontSize: Math.hypot(a, b),
          fontName: item.fontName,
        });
      }
      pages.push({ width, height, items });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
