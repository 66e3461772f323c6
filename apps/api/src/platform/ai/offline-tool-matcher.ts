import type { LanguageModelV3FunctionTool, LanguageModelV3ToolChoice } from "@ai-sdk/provider";

/** Words that say nothing about which tool is meant. */
const stopWords = new Set(
  (
    "a about am an and any are as at be been but by can could did do does for from get give he help her his how i if in " +
    "into is it its just let like may me might must my need no not of on or our please she should show so some tell than " +
    "that the their them then there these they this those to up us want was we were what when where which who why will " +
    "with would yes you your"
  ).split(" "),
);

/**
 * Property names that mean "the user's words go here", in order of preference. An `answer` comes first: a tool
 * that takes one (grading an interview answer) reads the user's message as the answer, its `question` as context.
 */
const textPropertyWords = ["answer", "query", "question", "text", "message", "input"];

interface JsonSchemaProperty {
  type?: string | string[];
  default?: unknown;
}

interface ObjectSchema {
  properties?: Record<string, JsonSchemaProperty>;
  required?: string[];
}

export interface PlannedToolCall {
  toolName: string;
  input: Record<string, unknown>;
}

/** Splits camelCase and snake_case too, so tool names like `searchJobs` score against "search jobs". */
export function tokenise(text: string): string[] {
  const words =
    text
      .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => !stopWords.has(word)).map(stem);
}

/** Only plurals: enough for "jobs" to match "job" without a stemmer that mangles names. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A word in the tool's name counts double: names are chosen to say what the tool is for. */
function score(userWords: Set<string>, tool: LanguageModelV3FunctionTool): number {
  const nameWords = new Set(tokenise(tool.name));
  const descriptionWords = new Set(tokenise(tool.description ?? ""));
  let total = 0;
  for (const word of userWords) total += nameWords.has(word) ? 2 : descriptionWords.has(word) ? 1 : 0;
  return total;
}

/**
 * The user's text goes into the text-like property; required properties are filled only from schema
 * defaults. A tool needing anything else is not called, since its input would have to be made up.
 */
export function buildToolInput(
  tool: LanguageModelV3FunctionTool,
  userText: string,
): Record<string, unknown> | undefined {
  const schema = tool.inputSchema as ObjectSchema;
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  const isString = (name: string) => {
    const type = properties[name]?.type;
    return type === "string" || (Array.isArray(type) && type.includes("string"));
  };
  const stringNames = Object.keys(properties).filter(isString);
  const target =
    textPropertyWords
      .map((word) => stringNames.find((name) => tokenise(name).includes(word)))
      .find((name) => name !== undefined) ?? required.find(isString);

  const input: Record<string, unknown> = {};
  for (const name of required) {
    const fallback = properties[name]?.default;
    if (name === target) continue;
    if (fallback === undefined) return undefined;
    input[name] = fallback;
  }
  if (target) input[target] = userText;
  return input;
}

/** The best-scoring tool that can be called with what the user said; ties go to the earlier tool. */
export function planToolCall(
  tools: LanguageModelV3FunctionTool[],
  userText: string,
  toolChoice: LanguageModelV3ToolChoice = { type: "auto" },
): PlannedToolCall | undefined {
  if (toolChoice.type === "none") return undefined;
  const candidates = toolChoice.type === "tool" ? tools.filter((tool) => tool.name === toolChoice.toolName) : tools;
  const userWords = new Set(tokenise(userText));
  let best: (PlannedToolCall & { score: number }) | undefined;
  for (const tool of candidates) {
    const input = buildToolInput(tool, userText);
    const toolScore = score(userWords, tool);
    if (input && (!best || toolScore > best.score)) best = { toolName: tool.name, input, score: toolScore };
  }
  const mustCall = toolChoice.type === "required" || toolChoice.type === "tool";
  return best && (best.score > 0 || mustCall) ? { toolName: best.toolName, input: best.input } : undefined;
}
