"use client";

import { useState } from "react";
import { CheckIcon, ThumbsDownIcon, ThumbsUpIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { useMessageFeedback } from "../api";

type Rating = "up" | "down";

const ratings: { value: Rating; label: string; Icon: typeof ThumbsUpIcon }[] = [
  { value: "up", label: "Helpful", Icon: ThumbsUpIcon },
  { value: "down", label: "Not helpful", Icon: ThumbsDownIcon },
];

/**
 * Thumbs up/down for an answer and, when it recommends something, "Accept recommendation". The API does not return
 * feedback with the messages, so the choice shown is the one made in this session. Each request sends both values,
 * so a rating never resets an acceptance or the other way round.
 */
export function MessageFeedback({
  conversationId,
  messageId,
  canAccept,
}: {
  conversationId: string;
  messageId: string;
  canAccept: boolean;
}) {
  const feedback = useMessageFeedback(conversationId, messageId);
  const [rating, setRating] = useState<Rating | undefined>();
  const [accepted, setAccepted] = useState(false);

  const record = (next: { rating?: Rating | undefined; accepted: boolean }) => {
    const previous = { rating, accepted };
    setRating(next.rating);
    setAccepted(next.accepted);
    feedback.mutate(
      { accepted: next.accepted, ...(next.rating ? { rating: next.rating } : {}) },
      {
        onError: () => {
          setRating(previous.rating);
          setAccepted(previous.accepted);
        },
      },
    );
  };

  return (
    <div className="flex flex-wrap items-center gap-1">
      {ratings.map(({ value, label, Icon }) => (
        <button
          key={value}
          type="button"
          aria-label={label}
          title={label}
          aria-pressed={rating === value}
          onClick={() => rating !== value && record({ rating: value, accepted })}
          className={cx(
            "grid size-8 place-items-center rounded-md transition-colors",
            rating === value
              ? value === "up"
                ? "bg-emerald-50 text-emerald-700 ring-1 ring-emerald-200"
                : "bg-rose-50 text-rose-700 ring-1 ring-rose-200"
              : "text-slate-400 hover:bg-slate-100 hover:text-slate-700",
          )}
        >
          <Icon className="size-4" />
        </button>
      ))}
      {canAccept &&
        (accepted ? (
          <span className="ml-1 inline-flex h-8 items-center gap-1.5 rounded-md bg-emerald-50 px-3 text-sm font-medium text-emerald-700 ring-1 ring-emerald-200">
            <CheckIcon className="size-4" />
            Accepted
          </span>
        ) : (
          <Button variant="secondary" size="sm" className="ml-1" onClick={() => record({ rating, accepted: true })}>
            <CheckIcon className="size-4" />
            Accept recommendation
          </Button>
        ))}
      {feedback.isError && (
        <p role="alert" className="ml-2 text-xs text-rose-700">
          {errorMessage(feedback.error)}
        </p>
      )}
    </div>
  );
}
