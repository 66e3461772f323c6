import { describe, expect, it } from "vitest";
import { checkExtractedText } from "./extracted-text-checks";

describe("checkExtractedText", () => {
  it("is quiet without extracted text or with clean text", () => {
    expect(checkExtractedText(undefined)).toEqual([]);
    expect(checkExtractedText("Maya Chen — Ünïcödé résumé, “quotes” and office")).toEqual([]);
  });

  it.each([
    ["\uF0E0 maya@example.com \uF095 555", "pdf-text.private-use", "2 Private Use Area characters (U+F0E0, U+F095)"],
    ["\u{F0001} icon", "pdf-text.private-use", "U+F0001"],
    ["o\uFB03ce and \uFB01nance", "pdf-text.ligature", "2 ligatures (U+FB03, U+FB01)"],
    ["Caf\uFFFD", "pdf-text.replacement-char", "1 replacement characters"],
    ["data\u200Bbase and co\u00ADoperate", "pdf-text.zero-width", "U+200B, U+00AD"],
  ])("flags %j", (text, id, message) => {
    const [check] = checkExtractedText(text);
    expect(check?.id).toBe(id);
    expect(check?.message).toContain(message);
  });

  it("reports each kind once with its count", () => {
    const checks = checkExtractedText("\uF0E0\uF0E0\uF0E0 \uFB01 \uFFFD");
    expect(checks.map((c) => [c.id, c.severity])).toEqual([
      ["pdf-text.private-use", "error"],
      ["pdf-text.ligature", "warning"],
      ["pdf-text.replacement-char", "error"],
    ]);
    expect(checks[0]?.message).toMatch(/^3 Private Use Area characters \(U\+F0E0\)/);
  });
});

describe("checkExtractedText with lost fields", () => {
  it("reports each field whose text did not survive the export as an error at that field", () => {
    const checks = checkExtractedText("Maya Chen", ["basics.summary", "work[0].highlights[1]"]);
    expect(checks.map((c) => [c.id, c.severity, c.where])).toEqual([
      ["pdf-text.text-lost", "error", "basics.summary"],
      ["pdf-text.text-lost", "error", "work[0].highlights[1]"],
    ]);
  });
});
