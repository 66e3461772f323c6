"use client";

import { SparklesIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";
import type { ChatPart } from "../message-parts";
import { toolNameOf } from "../message-parts";
import { MarkdownText } from "./markdown-text";
import { MessageFeedback } from "./message-feedback";
import { hasRecommendation, ToolPartView } from "./tool-part";

export interface ChatMessageView {
  id: string;
  role: "user" | "assistant" | "system";
  parts: readonly ChatPart[];
}

export function CoachAvatar({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cx(
        "grid size-8 shrink-0 place-items-center rounded-full bg-linear-to-br from-brand-500 to-violet-500 text-white shadow-sm",
        className,
      )}
    >
      <SparklesIcon className="size-4" />
    </span>
  );
}

const textOf = (parts: readonly ChatPart[]) =>
  parts
    .filter((part) => part.type === "text")
    .map((part) => part.text ?? "")
    .join("\n");

/**
 * A user bubble, or the coach's answer: its text and cards in the order the coach produced them, then feedback
 * once the answer is complete.
 */
export function ChatMessage({
  message,
  conversationId,
  complete,
}: {
  message: ChatMessageView;
  conversationId: string;
  /** False while the answer streams: no feedback on half an answer. */
  complete: boolean;
}) {
  if (message.role === "user") {
    return (
      <div className="flex justify-end">
        <p className="max-w-[85%] rounded-2xl rounded-br-md bg-brand-600 px-4 py-2.5 text-[0.9375rem] leading-relaxed whitespace-pre-wrap text-white shadow-sm sm:max-w-[75%]">
          {textOf(message.parts)}
        </p>
      </div>
    );
  }
  return (
    <article aria-label="Coach answer" className="flex gap-3">
      {/* On a phone the cards need the width more than the answer needs an avatar. */}
      <CoachAvatar className="max-sm:hidden" />
      <div className="min-w-0 flex-1 space-y-3 sm:pt-1">
        {message.parts.map((part, index) => {
          const key = `${part.type}-${index}`;
          if (part.type === "text") return part.text ? <MarkdownText key={key} text={part.text} /> : null;
          const toolName = toolNameOf(part);
          return toolName ? <ToolPartView key={key} part={{ ...part, toolName }} /> : null;
        })}
        {complete && (
          <MessageFeedback
            conversationId={conversationId}
            messageId={message.id}
            canAccept={hasRecommendation(message.parts)}
          />
        )}
      </div>
    </article>
  );
}
