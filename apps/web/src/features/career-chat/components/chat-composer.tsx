"use client";

import { CAREER_CHAT_MESSAGE_MAX } from "@hirefolio/shared";
import { type FormEvent, type KeyboardEvent, useId, useState } from "react";
import { SendIcon, StopIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { cx } from "@/lib/class-names";

const count = new Intl.NumberFormat("en-US");

/**
 * The question box: Enter sends, Shift+Enter starts a new line. While an answer streams, Send becomes Stop; a question
 * over the length limit is kept (so nothing typed is lost) but cannot be sent, and says why.
 */
export function ChatComposer({
  busy,
  disabled = false,
  onSend,
  onStop,
}: {
  busy: boolean;
  disabled?: boolean;
  /** Resolves true when the question was taken, so the box clears only then. */
  onSend: (text: string) => Promise<boolean> | boolean;
  onStop: () => void;
}) {
  const [text, setText] = useState("");
  const counterId = useId();
  const length = text.length;
  const tooLong = length > CAREER_CHAT_MESSAGE_MAX;
  const canSend = !busy && !disabled && !tooLong && text.trim().length > 0;

  const send = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    if (await onSend(text.trim())) setText("");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // An IME composing a character uses Enter to confirm it, not to send.
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form onSubmit={send} className="space-y-1.5">
      <div
        className={cx(
          "flex items-end gap-2 rounded-2xl border bg-white p-2 shadow-sm transition-colors focus-within:ring-4",
          tooLong
            ? "border-rose-400 focus-within:ring-rose-500/20"
            : "border-slate-300 focus-within:border-brand-600 focus-within:ring-brand-500/20",
        )}
      >
        <label htmlFor={`${counterId}-input`} className="sr-only">
          Ask the career coach
        </label>
        <textarea
          id={`${counterId}-input`}
          rows={1}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          disabled={disabled}
          aria-invalid={tooLong || undefined}
          aria-describedby={counterId}
          placeholder="Ask about a role, skills, pay, learning or interviews…"
          className="field-sizing-content max-h-48 min-h-10 flex-1 resize-none bg-transparent px-2 py-2 text-[0.9375rem] text-slate-900 placeholder:text-slate-400 focus:outline-none disabled:cursor-not-allowed"
        />
        {busy ? (
          <Button variant="secondary" onClick={onStop} aria-label="Stop answering">
            <StopIcon className="size-4" />
            <span className="hidden sm:inline">Stop</span>
          </Button>
        ) : (
          <Button type="submit" disabled={!canSend} aria-label="Send">
            <SendIcon className="size-4" />
            <span className="hidden sm:inline">Send</span>
          </Button>
        )}
      </div>
      <div id={counterId} className="flex justify-between gap-3 px-1 text-xs">
        {tooLong ? (
          <p role="alert" className="text-rose-700">
            That's {count.format(length - CAREER_CHAT_MESSAGE_MAX)} characters too long: the coach reads questions of up
            to {count.format(CAREER_CHAT_MESSAGE_MAX)} characters.
          </p>
        ) : (
          <p className="hidden text-slate-500 sm:block">Enter to send · Shift+Enter for a new line</p>
        )}
        <p className={cx("ml-auto shrink-0 tabular-nums", tooLong ? "font-medium text-rose-700" : "text-slate-400")}>
          {count.format(length)} / {count.format(CAREER_CHAT_MESSAGE_MAX)}
        </p>
      </div>
    </form>
  );
}
