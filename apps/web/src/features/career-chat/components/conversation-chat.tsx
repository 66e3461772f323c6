"use client";

import { type Chat, useChat } from "@ai-sdk/react";
import type { UIMessage } from "ai";
import { ChatView } from "./chat-view";

/** A saved conversation, live: its session's messages as they stream, with stop, retry and dismiss. */
export function ConversationChat({ conversationId, chat }: { conversationId: string; chat: Chat<UIMessage> }) {
  const { messages, status, error, sendMessage, stop, regenerate, clearError } = useChat({ chat });
  return (
    <ChatView
      conversationId={conversationId}
      messages={messages}
      status={status}
      error={error}
      onSend={(text) => {
        void sendMessage({ text });
        return true;
      }}
      onStop={() => void stop()}
      // Resends the last question: after a refused request it is still the last message; after a broken stream the
      // partial answer is dropped first.
      onRetry={() => void regenerate()}
      onDismissError={clearError}
    />
  );
}
