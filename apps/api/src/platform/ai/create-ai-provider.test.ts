import { expect, it } from "vitest";
import { createAiProvider } from "./create-ai-provider";

it("uses the offline engine unless an LLM server is configured", async () => {
  const offline = createAiProvider({ llm: undefined });
  expect(offline.kind).toBe("offline");
  expect(offline.model.modelId).toBe("offline-engine");
  await expect(offline.check()).resolves.toBeUndefined();

  const remote = createAiProvider({ llm: { baseURL: "http://127.0.0.1:1/v1", apiKey: "k", model: "llama3.1" } });
  expect(remote.kind).toBe("openai-compatible");
  expect(remote.model.modelId).toBe("llama3.1");
  await expect(remote.check()).rejects.toThrow();
});
