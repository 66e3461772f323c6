"use client";

import { Chat } from "@ai-sdk/react";
import { DefaultChatTransport, type UIMessage } from "ai";
import { useCallback, useRef } from "react";
import { messagesPath } from "../api";

/**
 * One AI SDK `Chat` per conversation opened on this page, kept while the page lives: switching conversations does
 * not cut off an answer that is still streaming, and coming back shows it without a reload. The first question of a
 * new conversation is sent on its session before the URL changes, so it survives the navigation.
 */
export function useChatSessions(onAnswered: (conversationId: string) => void) {
  const sessions = useRef(new Map<string, Chat<UIMessage>>());
  const answered = useRef(onAnswered);
  answered.current = onAnswered;

  const open = useCallback((conversationId: string, messages: UIMessage[]) => {
    const existing = sessions.current.get(conversationId);
    if (existing) return existing;
    const chat = new Chat<UIMessage>({
      id: conversationId,
      messages,
      transport: new DefaultChatTransport({
        api: messagesPath(conversationId),
        credentials: "include",
        // The API reads the history from its own store; only the new question travels.
        prepareSendMessagesRequest: ({ messages: all }) => ({ body: { messages: all.slice(-1) } }),
      }),
      onFinish: () => answered.current(conversationId),
    });
    sessions.current.set(conversationId, chat);
    return chat;
  }, []);

  const get = useCallback((conversationId: string) => sessions.current.get(conversationId), []);

  const close = useCallback((conversationId: string) => {
    void sessions.current.get(conversationId)?.stop();
    sessions.current.delete(conversationId);
  }, []);

  return { open, get, close };
}
