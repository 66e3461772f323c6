import type { LanguageModelV3ToolResultPart } from "@ai-sdk/provider";
import { expect, it } from "vitest";
import { answerFromToolResults, humanise } from "./offline-answer";

const result = (toolName: string, output: LanguageModelV3ToolResultPart["output"]): LanguageModelV3ToolResultPart => ({
  type: "tool-result",
  toolCallId: `call-${toolName}`,
  toolName,
  output,
});

it("renders objects as labelled lines, nested objects indented and lists as bullets", () => {
  const text = answerFromToolResults([
    result("getProfile", {
      type: "json",
      value: {
        fullName: "Ada Lovelace",
        open_to_work: true,
        salary: null,
        address: { city: "London", postCode: "NW1" },
        skills: ["Maths", "Poetry"],
        projects: [
          { name: "Analytical Engine", year: 1843 },
          { id: 7, role: "author" },
        ],
        badges: [],
      },
    }),
  ]);
  expect(text).toBe(
    [
      "Full name: Ada Lovelace",
      "Open to work: yes",
      "Salary: none",
      "Address:",
      "  City: London",
      "  Post code: NW1",
      "Skills:",
      "- Maths",
      "- Poetry",
      "Projects:",
      "- Analytical Engine (year: 1843)",
      "- id: 7, role: author",
      "Badges: none",
    ].join("\n"),
  );
});

it("handles bare values, empty lists, text, errors and several results", () => {
  expect(answerFromToolResults([result("count", { type: "json", value: 3 })])).toBe("3");
  expect(answerFromToolResults([result("list", { type: "json", value: [] })])).toBe("No results.");
  expect(answerFromToolResults([result("echo", { type: "text", value: "as returned" })])).toBe("as returned");
  expect(answerFromToolResults([result("book", { type: "execution-denied", reason: "not approved" })])).toBe(
    "The book tool was not run: not approved",
  );
  expect(
    answerFromToolResults([
      result("countOpenJobs", { type: "json", value: 12 }),
      result("listTeams", { type: "json", value: [{ title: "Data" }] }),
    ]),
  ).toBe("Count open jobs:\n12\n\nList teams:\n- Data");
});

it("turns identifiers into readable labels", () => {
  expect(humanise("matchScore")).toBe("Match score");
  expect(humanise("match_score")).toBe("Match score");
  expect(humanise("ATS_score")).toBe("ATS score");
});
