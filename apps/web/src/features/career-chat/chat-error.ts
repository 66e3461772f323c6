/** What went wrong with a question, in words: a heading and the API's own explanation where it gave one. */
export interface ChatProblem {
  title: string;
  detail: string;
}

const fallback: ChatProblem = { title: "The coach couldn't answer", detail: "Something went wrong. Please try again." };

function parseProblem(text: string): { status?: unknown; title?: unknown; detail?: unknown } | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? value : null;
  } catch {
    return null;
  }
}

/**
 * `useChat` reports a refused request as an Error whose message is the response body (problem+json here), and an
 * error inside the stream as the server's plain message; a failed fetch is a TypeError.
 */
export function chatProblem(error: Error): ChatProblem {
  if (error.name === "TypeError") {
    return {
      title: "Connection lost",
      detail: "We can't reach Hirefolio right now. Check your connection and try again.",
    };
  }
  const problem = parseProblem(error.message);
  if (!problem) return error.message.trim() ? { ...fallback, detail: error.message.trim() } : fallback;
  const detail = typeof problem.detail === "string" ? problem.detail : undefined;
  const title = typeof problem.title === "string" ? problem.title : undefined;
  if (problem.status === 429) {
    return { title: "You're asking faster than the coach allows", detail: detail ?? "Try again in a minute." };
  }
  if (problem.status === 404) return { title: "Conversation not found", detail: detail ?? "It may have been deleted." };
  return { title: fallback.title, detail: detail ?? title ?? fallback.detail };
}
