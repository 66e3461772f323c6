import type { AiProvider } from "./ai-provider";
import { OfflineModel } from "./offline-model";
import { createOpenAICompatibleProvider, type OpenAICompatibleSettings } from "./openai-compatible-provider";

/** An LLM server when LLM_BASE_URL is configured; otherwise the built-in offline engine, which needs nothing. */
export function createAiProvider(config: { llm?: OpenAICompatibleSettings | undefined }): AiProvider {
  if (config.llm) return createOpenAICompatibleProvider(config.llm);
  return { kind: "offline", model: new OfflineModel(), check: async () => {} };
}
