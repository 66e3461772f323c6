import type { LanguageModelV3 } from "@ai-sdk/provider";

/**
 * The language model every feature talks to through the AI SDK. The offline engine and an
 * OpenAI-compatible server take the same tools, so answers stay grounded in what tools compute.
 */
export interface AiProvider {
  readonly kind: "offline" | "openai-compatible";
  readonly model: LanguageModelV3;
  check(): Promise<void>;
}
