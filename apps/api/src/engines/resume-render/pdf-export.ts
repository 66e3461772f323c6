import { createRequire } from "node:module";
import path from "node:path";
import type { ResumeDocument, ResumeTemplate } from "@hirefolio/shared";
import {
  bulletGlyph,
  contactSeparator,
  listSeparator,
  type RenderBlock,
  renderModel,
  subtitleSeparator,
} from "@hirefolio/shared";
import { Document, Font, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { createElement as h, type ReactElement, type ReactNode } from "react";

export type Paper = "letter" | "a4";

const fontFamily = "DejaVu Sans";
const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");

// A static TTF with a full Unicode cmap: the PDF's text layer maps every glyph back to its character, which the
// standard 14 fonts (WinAnsi only) and icon fonts do not. Registering is global to react-pdf, so it happens once.
Font.register({
  family: fontFamily,
  fonts: [
    { src: path.join(fontDir, "DejaVuSans.ttf") },
    { src: path.join(fontDir, "DejaVuSans-Bold.ttf"), fontWeight: "bold" },
    { src: path.join(fontDir, "DejaVuSans-Oblique.ttf"), fontStyle: "italic" },
  ],
});
// Hyphenated words ("engin-eering") no longer match keywords once extracted.
Font.registerHyphenationCallback((word) => [word]);

const styles = StyleSheet.create({
  page: { fontFamily, fontSize: 10, lineHeight: 1.35, paddingVertical: 40, paddingHorizontal: 48, color: "#111111" },
  name: { fontSize: 20, lineHeight: 1.2, fontWeight: "bold", marginBottom: 4 },
  tagline: { fontSize: 12, lineHeight: 1.2, marginBottom: 3 },
  contact: { fontSize: 9.5, color: "#333333", marginBottom: 4 },
  heading: { fontSize: 12, fontWeight: "bold", marginTop: 10, marginBottom: 4, paddingBottom: 2, borderBottomWidth: 1 },
  entry: { marginTop: 4 },
  entryRow: { flexDirection: "row", justifyContent: "space-between" },
  entryTitle: { fontWeight: "bold", flexGrow: 1, flexShrink: 1, paddingRight: 8 },
  dates: { flexShrink: 0 },
  subtitle: { fontStyle: "italic" },
  paragraph: { marginTop: 2 },
  bulletRow: { flexDirection: "row", marginTop: 1, paddingLeft: 6 },
  bulletGlyph: { width: 10 },
  bulletText: { flexGrow: 1, flexShrink: 1 },
  line: { marginTop: 2 },
  label: { fontWeight: "bold" },
});

function block(b: RenderBlock, accent: string, key: number): ReactNode {
  switch (b.kind) {
    case "name":
      return h(Text, { key, style: styles.name }, b.span.text);
    case "tagline":
      return h(Text, { key, style: styles.tagline }, b.span.text);
    case "contact":
      return h(Text, { key, style: styles.contact }, b.spans.map((s) => s.text).join(contactSeparator));
    case "heading":
      return h(
        Text,
        { key, style: [styles.heading, { color: accent, borderBottomColor: accent }], minPresenceAhead: 40 },
        b.span.text,
      );
    case "entry":
      return h(
        View,
        { key, style: styles.entry, wrap: false },
        h(
          View,
          { style: styles.entryRow },
          h(Text, { style: styles.entryTitle }, b.title?.text ?? ""),
          b.dates ? h(Text, { style: styles.dates }, b.dates.text) : null,
        ),
        b.subtitle.length
          ? h(Text, { style: styles.subtitle }, b.subtitle.map((s) => s.text).join(subtitleSeparator))
          : null,
      );
    case "paragraph":
      return h(Text, { key, style: styles.paragraph }, b.span.text);
    case "bullet":
      return h(
        View,
        { key, style: styles.bulletRow, wrap: false },
        h(Text, { style: styles.bulletGlyph }, bulletGlyph),
        h(Text, { style: styles.bulletText }, b.span.text),
      );
    case "line": {
      const list = b.spans.map((s) => s.text).join(listSeparator);
      if (!b.label) return h(Text, { key, style: styles.line }, list);
      return h(
        Text,
        { key, style: styles.line },
        h(Text, { style: styles.label }, list ? `${b.label.text}: ` : b.label.text),
        list,
      );
    }
  }
}

/** A single-column, text-based PDF whose every glyph extracts back to the resume's text. */
export async function exportPdf(
  document: ResumeDocument,
  template: ResumeTemplate,
  options: { paper?: Paper; title?: string } = {},
): Promise<Buffer> {
  const blocks = renderModel(document, template);
  const doc = h(
    Document,
    {
      title: options.title ?? document.basics.name ?? "Resume",
      author: document.basics.name,
      language: "en",
      creator: "Hirefolio",
      producer: "Hirefolio",
    },
    h(
      Page,
      { size: options.paper === "a4" ? "A4" : "LETTER", style: styles.page },
      blocks.map((b, i) => block(b, template.accent, i)),
    ),
  );
  return renderToBuffer(doc as ReactElement<React.ComponentProps<typeof Document>>);
}
