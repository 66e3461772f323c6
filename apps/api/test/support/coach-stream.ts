import type { TestUser } from "./test-app";

export const coachConversations = "/api/v1/career-chat/conversations";

export interface StreamEvent {
  type: string;
  [key: string]: unknown;
}

/** The UI message stream's events, as `useChat` reads them. */
export function events(body: string): StreamEvent[] {
  return body
    .split("\n")
    .filter((line) => line.startsWith("data: {"))
    .map((line) => JSON.parse(line.slice("data: ".length)));
}

/** What the coach said: the stream's text deltas joined. */
export const answerText = (body: string) =>
  events(body)
    .filter((e) => e.type === "text-delta")
    .map((e) => e.delta)
    .join("");

/** One question, sent the way `useChat` sends it. */
export const ask = (user: TestUser, conversationId: string, text: string) =>
  user.post(`${coachConversations}/${conversationId}/messages`, {
    messages: [{ id: "client-1", role: "user", parts: [{ type: "text", text }] }],
  });
