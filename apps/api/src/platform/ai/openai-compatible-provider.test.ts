import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";
import { generateText, streamText } from "ai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOpenAICompatibleProvider } from "./openai-compatible-provider";

// Shapes recorded from api.openai.com (gpt-4o-mini); only ids and wording were shortened.
const completion = {
  id: "chatcmpl-BqK1hX7f3oQeZ2w9nT4sVd8yLmPaR",
  object: "chat.completion",
  created: 1751883123,
  model: "gpt-4o-mini-2024-07-18",
  choices: [
    {
      index: 0,
      message: { role: "assistant", content: "You have 3 interviews this week.", refusal: null, annotations: [] },
      logprobs: null,
      finish_reason: "stop",
    },
  ],
  usage: {
    prompt_tokens: 24,
    completion_tokens: 8,
    total_tokens: 32,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  },
  service_tier: "default",
  system_fingerprint: "fp_34a54ae93c",
};

const chunkBase = {
  id: "chatcmpl-BqK2aYq0mW8cJ5rE1uT6pZx3kNvHs",
  object: "chat.completion.chunk",
  created: 1751883190,
  model: "gpt-4o-mini-2024-07-18",
  service_tier: "default",
  system_fingerprint: "fp_34a54ae93c",
};
const streamChunks = [
  {
    ...chunkBase,
    choices: [
      { index: 0, delta: { role: "assistant", content: "", refusal: null }, logprobs: null, finish_reason: null },
    ],
    usage: null,
  },
  {
    ...chunkBase,
    choices: [{ index: 0, delta: { content: "Two" }, logprobs: null, finish_reason: null }],
    usage: null,
  },
  {
    ...chunkBase,
    choices: [{ index: 0, delta: { content: " open roles" }, logprobs: null, finish_reason: null }],
    usage: null,
  },
  {
    ...chunkBase,
    choices: [{ index: 0, delta: { content: " match." }, logprobs: null, finish_reason: null }],
    usage: null,
  },
  { ...chunkBase, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }], usage: null },
  { ...chunkBase, choices: [], usage: { prompt_tokens: 17, completion_tokens: 4, total_tokens: 21 } },
];

const apiKey = "sk-test-0123456789";
interface ReceivedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: Record<string, unknown> | undefined;
}
let received: ReceivedRequest[] = [];

async function handle(request: IncomingMessage, response: ServerResponse) {
  const raw = await text(request);
  const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
  received.push({
    method: request.method ?? "",
    url: request.url ?? "",
    authorization: request.headers.authorization,
    body,
  });

  if (request.headers.authorization !== `Bearer ${apiKey}`) {
    response.writeHead(401, { "content-type": "application/json" });
    response.end(
      JSON.stringify({
        error: {
          message: "Incorrect API key provided",
          type: "invalid_request_error",
          param: null,
          code: "invalid_api_key",
        },
      }),
    );
  } else if (request.method === "GET" && request.url === "/v1/models") {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(
      JSON.stringify({
        object: "list",
        data: [{ id: "gpt-4o-mini", object: "model", created: 1721172741, owned_by: "system" }],
      }),
    );
  } else if (request.method === "POST" && request.url === "/v1/chat/completions" && body?.stream) {
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    for (const chunk of streamChunks) response.write(`data: ${JSON.stringify(chunk)}\n\n`);
    response.end("data: [DONE]\n\n");
  } else if (request.method === "POST" && request.url === "/v1/chat/completions") {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(completion));
  } else {
    response.writeHead(404).end();
  }
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => response.writeHead(500).end(String(error)));
});
let baseURL = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
});

const system = "You are Hirefolio's scheduling assistant.";

describe("createOpenAICompatibleProvider", () => {
  it("sends the model and messages to /chat/completions and returns the reply", async () => {
    const { model, kind } = createOpenAICompatibleProvider({ baseURL, apiKey, model: "gpt-4o-mini" });
    const result = await generateText({ model, system, prompt: "How many interviews do I have?" });

    expect(kind).toBe("openai-compatible");
    expect(result.text).toBe("You have 3 interviews this week.");
    expect(result.usage.inputTokens).toBe(24);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      method: "POST",
      url: "/v1/chat/completions",
      authorization: `Bearer ${apiKey}`,
    });
    expect(received[0]?.body).toMatchObject({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: system },
        { role: "user", content: "How many interviews do I have?" },
      ],
    });
    expect(received[0]?.body?.stream).toBeFalsy();
  });

  it("streams server-sent chunks up to [DONE]", async () => {
    const { model } = createOpenAICompatibleProvider({ baseURL: `${baseURL}/`, apiKey, model: "gpt-4o-mini" });
    const result = streamText({ model, prompt: "Any roles for me?" });

    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas).toEqual(["Two", " open roles", " match."]);
    expect((await result.usage).inputTokens).toBe(17);
    expect(received[0]?.url).toBe("/v1/chat/completions");
    expect(received[0]?.body).toMatchObject({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Any roles for me?" }],
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it("checks the server by listing models with the key, and fails on a rejected key", async () => {
    await expect(createOpenAICompatibleProvider({ baseURL, apiKey, model: "m" }).check()).resolves.toBeUndefined();
    expect(received[0]).toMatchObject({ method: "GET", url: "/v1/models", authorization: `Bearer ${apiKey}` });

    await expect(createOpenAICompatibleProvider({ baseURL, apiKey: "sk-wrong", model: "m" }).check()).rejects.toThrow(
      "answered GET /models with HTTP 401",
    );
    await expect(createOpenAICompatibleProvider({ baseURL, model: "m" }).check()).rejects.toThrow("HTTP 401");
    expect(received[2]?.authorization).toBeUndefined();
  });
});
