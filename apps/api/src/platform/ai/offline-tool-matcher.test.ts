import type { LanguageModelV3FunctionTool } from "@ai-sdk/provider";
import { describe, expect, it } from "vitest";
import { buildToolInput, planToolCall, tokenise } from "./offline-tool-matcher";

const fn = (name: string, description: string, inputSchema: object): LanguageModelV3FunctionTool => ({
  type: "function",
  name,
  description,
  inputSchema,
});
const queryTool = (name: string, description: string) =>
  fn(name, description, { type: "object", properties: { query: { type: "string" } }, required: ["query"] });

describe("tokenise", () => {
  it("splits identifiers, drops stop words and singularises plurals", () => {
    expect(tokenise("searchJobs")).toEqual(["search", "job"]);
    expect(tokenise("list_open_vacancies")).toEqual(["list", "open", "vacancy"]);
    expect(tokenise("Can you show me the skills for these companies?")).toEqual(["skill", "company"]);
    expect(tokenise("status of my analysis, address")).toEqual(["status", "analysis", "address"]);
  });
});

describe("buildToolInput", () => {
  it("prefers a text-like property name, even inside a longer name", () => {
    const tool = fn("t", "", {
      type: "object",
      properties: { city: { type: "string" }, searchQuery: { type: "string" } },
      required: ["city", "searchQuery"],
    });
    expect(buildToolInput(tool, "hello")).toBeUndefined();
    const optionalCity = fn("t", "", {
      type: "object",
      properties: { city: { type: "string" }, searchQuery: { type: "string" } },
      required: ["searchQuery"],
    });
    expect(buildToolInput(optionalCity, "hello")).toEqual({ searchQuery: "hello" });
  });

  it("puts the user's words into an answer before a question", () => {
    const grade = fn("grade", "", {
      type: "object",
      properties: { answer: { type: "string" }, question: { type: "string" } },
      required: ["answer"],
    });
    expect(buildToolInput(grade, "I led the rollout")).toEqual({ answer: "I led the rollout" });
  });

  it("falls back to the first required string and fills other required fields only from defaults", () => {
    const tool = fn("t", "", {
      type: "object",
      properties: { limit: { type: "integer", default: 10 }, candidateName: { type: ["string", "null"] } },
      required: ["limit", "candidateName"],
    });
    expect(buildToolInput(tool, "Ada Lovelace")).toEqual({ limit: 10, candidateName: "Ada Lovelace" });
    expect(buildToolInput(fn("t", "", { type: "object", properties: {} }), "anything")).toEqual({});
  });
});

describe("planToolCall", () => {
  const tools = [
    queryTool("searchJobs", "Find open jobs"),
    queryTool("findMentors", "Find mentors who have worked in a job like yours"),
  ];

  it("weights words in the tool name over words in the description", () => {
    expect(planToolCall(tools, "find a job")?.toolName).toBe("searchJobs");
    expect(planToolCall(tools, "find a mentor")?.toolName).toBe("findMentors");
  });

  it("calls nothing when no word matches, unless a call is required", () => {
    expect(planToolCall(tools, "hello there")).toBeUndefined();
    expect(planToolCall(tools, "hello there", { type: "required" })).toEqual({
      toolName: "searchJobs",
      input: { query: "hello there" },
    });
  });

  it("honours a forced tool and a ban on tools", () => {
    expect(planToolCall(tools, "find a job", { type: "tool", toolName: "findMentors" })?.toolName).toBe("findMentors");
    expect(planToolCall(tools, "find a job", { type: "none" })).toBeUndefined();
  });
});
