import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { AiProvider } from "./ai-provider";

export interface OpenAICompatibleSettings {
  /** e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1 for Ollama. */
  baseURL: string;
  /** Local servers such as Ollama need none. */
  apiKey?: string | undefined;
  model: string;
}

/** Any server speaking OpenAI's Chat Completions API: OpenAI itself, Ollama, vLLM, LiteLLM … */
export function createOpenAICompatibleProvider(settings: OpenAICompatibleSettings): AiProvider {
  const baseURL = settings.baseURL.replace(/\/+$/, "");
  const provider = createOpenAICompatible({
    name: "openai-compatible",
    baseURL,
    apiKey: settings.apiKey,
    // Streamed replies carry token counts only when asked; the usage figures need them.
    includeUsage: true,
  });
  return {
    kind: "openai-compatible",
    model: provider.chatModel(settings.model),
    async check() {
      // Listing models proves the URL and the key without spending tokens.
      const response = await fetch(`${baseURL}/models`, {
        headers: settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {},
        signal: AbortSignal.timeout(10_000),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`LLM server at ${baseURL} answered GET /models with HTTP ${response.status}`);
    },
  };
}
