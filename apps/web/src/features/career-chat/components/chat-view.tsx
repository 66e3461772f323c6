"use client";

import { ArrowDownIcon, SparklesIcon } from "@/components/icons";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { UpgradePrompt } from "@/features/billing/components/upgrade-prompt";
import { planLimitOf } from "@/features/billing/plan-limit";
import { chatProblem } from "../chat-error";
import { followUpPrompts, starterPrompts } from "../follow-up-prompts";
import { useStickToBottom } from "../hooks/use-stick-to-bottom";
import { ChatComposer } from "./chat-composer";
import { ChatMessage, type ChatMessageView, CoachAvatar } from "./chat-message";
import { ConversationRating } from "./conversation-rating";

export interface ChatViewProps {
  /** Null before the first question creates the conversation. */
  conversationId: string | null;
  messages: readonly ChatMessageView[];
  status: "submitted" | "streaming" | "ready" | "error";
  error: Error | undefined;
  onSend: (text: string) => Promise<boolean> | boolean;
  onStop: () => void;
  onRetry: () => void;
  onDismissError: () => void;
}

function PromptChips({ prompts, onPick, label }: { prompts: string[]; onPick: (text: string) => void; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {prompts.map((prompt) => (
        <li key={prompt}>
          <button
            type="button"
            onClick={() => onPick(prompt)}
            className="rounded-full border border-brand-200 bg-brand-50/60 px-3 py-1.5 text-left text-sm text-brand-800 transition-colors hover:border-brand-300 hover:bg-brand-100"
          >
            {prompt}
          </button>
        </li>
      ))}
    </ul>
  );
}

function ChatIntro({ onPick }: { onPick: (text: string) => void }) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center py-10 text-center sm:py-16">
      <span className="mb-4 grid size-12 place-items-center rounded-2xl bg-linear-to-br from-brand-500 to-violet-500 text-white shadow-md">
        <SparklesIcon className="size-6" />
      </span>
      <h2 className="text-xl font-semibold tracking-tight text-slate-900">What would you like to work on?</h2>
      <p className="mt-2 text-sm text-pretty text-slate-600">
        Ask about a move between roles, the skills you're missing, salaries, a learning plan or interview practice.
        Every figure comes from O*NET, ESCO or BLS data, and the coach says which.
      </p>
      <div className="mt-6">
        <PromptChips prompts={starterPrompts} onPick={onPick} label="Suggested questions" />
      </div>
    </div>
  );
}

function Thinking() {
  return (
    <div role="status" className="flex items-center gap-3">
      <CoachAvatar />
      <span className="flex gap-1 rounded-2xl bg-slate-100 px-4 py-3" aria-hidden="true">
        <span className="size-1.5 animate-bounce rounded-full bg-slate-400 [animation-delay:-0.3s]" />
        <span className="size-1.5 animate-bounce rounded-full bg-slate-400 [animation-delay:-0.15s]" />
        <span className="size-1.5 animate-bounce rounded-full bg-slate-400" />
      </span>
      <span className="sr-only">The coach is thinking…</span>
    </div>
  );
}

/** The message list, suggestions, error banner and composer of one conversation (or of a new one). */
export function ChatView({
  conversationId,
  messages,
  status,
  error,
  onSend,
  onStop,
  onRetry,
  onDismissError,
}: ChatViewProps) {
  const busy = status === "submitted" || status === "streaming";
  const { scrollRef, contentRef, onScroll, atBottom, follow } = useStickToBottom();
  const last = messages.at(-1);
  const suggestions = !busy && !error && last?.role === "assistant" ? followUpPrompts(last) : [];
  const limit = error ? planLimitOf(error) : null;
  const problem = error && !limit ? chatProblem(error) : null;

  const send = (text: string) => {
    follow();
    return onSend(text);
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="relative min-h-0 flex-1">
        <section
          ref={scrollRef}
          onScroll={onScroll}
          aria-label="Messages"
          className="h-full overflow-y-auto overscroll-contain px-4 py-6 sm:px-6"
        >
          <div ref={contentRef}>
            {messages.length === 0 && !busy ? (
              <ChatIntro onPick={(text) => void send(text)} />
            ) : (
              <div className="mx-auto max-w-3xl space-y-6">
                {messages.map((message) => (
                  <ChatMessage
                    key={message.id}
                    message={message}
                    conversationId={conversationId ?? ""}
                    complete={conversationId !== null && !(busy && message === last)}
                  />
                ))}
                {status === "submitted" && <Thinking />}
                {suggestions.length > 0 && (
                  <div className="sm:pl-11">
                    <PromptChips prompts={suggestions} onPick={(text) => void send(text)} label="Follow-up questions" />
                  </div>
                )}
                {conversationId && !busy && last?.role === "assistant" && (
                  <ConversationRating conversationId={conversationId} />
                )}
              </div>
            )}
          </div>
        </section>
        {!atBottom && (
          <button
            type="button"
            onClick={() => follow("smooth")}
            className="absolute bottom-3 left-1/2 inline-flex -translate-x-1/2 items-center gap-1.5 rounded-full border border-slate-200 bg-white px-3 py-1.5 text-xs font-medium text-slate-700 shadow-raised hover:bg-slate-50"
          >
            <ArrowDownIcon className="size-3.5" />
            Latest
          </button>
        )}
      </div>
      <div className="border-t border-slate-100 bg-white/90 px-4 pt-3 pb-4 sm:px-6">
        <div className="mx-auto max-w-3xl space-y-3">
          {limit && (
            <UpgradePrompt
              limit={limit}
              extra={
                <Button variant="ghost" size="sm" onClick={onDismissError}>
                  Dismiss
                </Button>
              }
            />
          )}
          {problem && (
            <Alert
              tone="danger"
              title={problem.title}
              action={
                <div className="flex gap-2">
                  <Button variant="secondary" size="sm" onClick={onRetry}>
                    Retry
                  </Button>
                  <Button variant="ghost" size="sm" onClick={onDismissError}>
                    Dismiss
                  </Button>
                </div>
              }
            >
              {problem.detail}
            </Alert>
          )}
          <ChatComposer busy={busy} onSend={send} onStop={onStop} />
        </div>
      </div>
    </div>
  );
}
