import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3FunctionTool,
  LanguageModelV3GenerateResult,
  LanguageModelV3Prompt,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
  LanguageModelV3ToolResultPart,
  LanguageModelV3Usage,
  SharedV3Warning,
} from "@ai-sdk/provider";
import { answerFromToolResults } from "./offline-answer";
import { planToolCall } from "./offline-tool-matcher";

const noToolAnswer = "The built-in offline engine has no tool for that, so it cannot answer without guessing.";

/**
 * The built-in offline engine: a deterministic language model that routes a question to the tool
 * whose name and description match it best, then answers from that tool's result alone. It needs no
 * network and never states a fact that no tool returned.
 */
export class OfflineModel implements LanguageModelV3 {
  readonly specificationVersion = "v3";
  readonly provider = "hirefolio";
  readonly modelId = "offline-engine";
  readonly supportedUrls = {};

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const warnings: SharedV3Warning[] =
      options.responseFormat?.type === "json"
        ? [{ type: "unsupported", feature: "responseFormat", details: "The offline engine answers in plain text." }]
        : [];
    const content = reply(options);
    const toolCalled = content.type === "tool-call";
    return {
      content: [content],
      finishReason: toolCalled ? { unified: "tool-calls", raw: "tool-calls" } : { unified: "stop", raw: "stop" },
      usage: usage(wordCount(promptText(options.prompt)), wordCount(toolCalled ? content.input : content.text)),
      warnings,
    };
  }

  /** Streams the generated result, so both calls behave identically. */
  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const result = await this.doGenerate(options);
    const parts: LanguageModelV3StreamPart[] = [{ type: "stream-start", warnings: result.warnings }];
    result.content.forEach((content, index) => {
      if (content.type === "tool-call") parts.push(content);
      if (content.type === "text") {
        const id = `text-${index}`;
        const deltas = (content.text.match(/\S+\s*|\s+/g) ?? []).map((delta) => ({
          type: "text-delta" as const,
          id,
          delta,
        }));
        parts.push({ type: "text-start", id }, ...deltas, { type: "text-end", id });
      }
    });
    parts.push({ type: "finish", finishReason: result.finishReason, usage: result.usage });
    return {
      stream: new ReadableStream({
        start(controller) {
          for (const part of parts) controller.enqueue(part);
          controller.close();
        },
      }),
    };
  }
}

type OfflineReply = Extract<LanguageModelV3Content, { type: "text" | "tool-call" }>;

function reply({ prompt, tools = [], toolChoice }: LanguageModelV3CallOptions): OfflineReply {
  const lastUser = prompt.findLastIndex((message) => message.role === "user");
  const results = prompt
    .slice(lastUser + 1)
    .flatMap((message) => (message.role === "tool" ? message.content : []))
    .filter((part): part is LanguageModelV3ToolResultPart => part.type === "tool-result");
  if (results.length) return { type: "text", text: answerFromToolResults(results) };

  const last = prompt.at(-1);
  const functionTools = tools.filter((tool): tool is LanguageModelV3FunctionTool => tool.type === "function");
  if (last?.role !== "user" || functionTools.length === 0) return { type: "text", text: noToolAnswer };

  const userText = last.content
    .flatMap((part) => (part.type === "text" ? [part.text] : []))
    .join("\n")
    .trim();
  const call = planToolCall(functionTools, userText, toolChoice);
  if (!call) return { type: "text", text: capabilities(functionTools) };
  return {
    type: "tool-call",
    // The prompt grows by at least one message per step, so its length is a unique, repeatable id.
    toolCallId: `offline-call-${prompt.length}`,
    toolName: call.toolName,
    input: JSON.stringify(call.input),
  };
}

/** The user reads this, so tools are named by their descriptions; an identifier only stands in for a missing one. */
function capabilities(tools: LanguageModelV3FunctionTool[]): string {
  const lines = tools.map((tool) => `- ${tool.description ?? tool.name}`);
  return ["I could not tell what you would like me to do with that. I can help with:", ...lines].join("\n");
}

/** The offline engine has no tokeniser of its own; words stand in for tokens in usage figures. */
function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function promptText(prompt: LanguageModelV3Prompt): string {
  return prompt
    .map((message) =>
      typeof message.content === "string"
        ? message.content
        : message.content
            .map((part) => ("text" in part ? part.text : "output" in part ? JSON.stringify(part.output) : ""))
            .join(" "),
    )
    .join(" ");
}

function usage(inputTokens: number, outputTokens: number): LanguageModelV3Usage {
  return {
    inputTokens: { total: inputTokens, noCache: inputTokens, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: outputTokens, text: outputTokens, reasoning: undefined },
  };
}
