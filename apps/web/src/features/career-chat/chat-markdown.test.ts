import { describe, expect, it } from "vitest";
import { inlineRuns, parseChatMarkdown } from "./chat-markdown";

describe("parseChatMarkdown", () => {
  it("reads paragraphs, bullets, numbered lists and the source line", () => {
    const blocks = parseChatMarkdown(
      "Next roles from **Registered Nurses**:\n- Nurse Practitioners: 84% ready\n- Nurse Midwives\n\n1. Study\n2. Apply\nSource: O*NET 30.0 (2025).",
    );
    expect(blocks).toEqual([
      {
        kind: "paragraph",
        runs: [
          { text: "Next roles from ", bold: false },
          { text: "Registered Nurses", bold: true },
          { text: ":", bold: false },
        ],
      },
      {
        kind: "bullets",
        items: [[{ text: "Nurse Practitioners: 84% ready", bold: false }], [{ text: "Nurse Midwives", bold: false }]],
      },
      { kind: "numbered", start: 1, items: [[{ text: "Study", bold: false }], [{ text: "Apply", bold: false }]] },
      { kind: "citation", runs: [{ text: "Source: O*NET 30.0 (2025).", bold: false }] },
    ]);
  });

  it("keeps a list's first number and treats markup as text", () => {
    const [list] = parseChatMarkdown("3. <b>three</b>\n4. four");
    expect(list).toEqual({
      kind: "numbered",
      start: 3,
      items: [[{ text: "<b>three</b>", bold: false }], [{ text: "four", bold: false }]],
    });
  });

  it("leaves an unclosed bold marker literal while the answer streams", () => {
    expect(inlineRuns("a **b")).toEqual([{ text: "a **b", bold: false }]);
    expect(inlineRuns("**a** and **b**")).toEqual([
      { text: "a", bold: true },
      { text: " and ", bold: false },
      { text: "b", bold: true },
    ]);
  });
});
