import type { CareerCoachNotice } from "@hirefolio/shared";

/** The shape of an AI SDK UI message part that this feature reads: live from `useChat` or stored by the API. */
export interface ChatPart {
  type: string;
  text?: string;
  state?: string;
  output?: unknown;
  errorText?: string;
}

export interface ToolPart extends ChatPart {
  toolName: string;
}

/** A tool part's tool name (`tool-skillGap` → `skillGap`), or null for text and step parts. */
export function toolNameOf(part: ChatPart): string | null {
  return part.type.startsWith("tool-") ? part.type.slice("tool-".length) : null;
}

export function toolParts(parts: readonly ChatPart[]): ToolPart[] {
  return parts.flatMap((part) => {
    const toolName = toolNameOf(part);
    return toolName ? [{ ...part, toolName }] : [];
  });
}

/** The coach asked the user for a fact instead of answering: the text says so, and there is no card to draw. */
export function asksForFact(output: unknown): boolean {
  return typeof output === "object" && output !== null && "needsFact" in output;
}

/** A tool that could not run for the user (no resume yet, say) answers with a notice, maybe with a link to fix it. */
export function noticeOf(output: unknown): CareerCoachNotice | null {
  return typeof output === "object" && output !== null && "notice" in output ? (output as CareerCoachNotice) : null;
}

/** Output that is a question or a notice rather than the tool's result: there is no card, nor follow-ups from it. */
export const withoutResult = (output: unknown) => asksForFact(output) || noticeOf(output) !== null;
