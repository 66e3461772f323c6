"use client";

import { useId } from "react";
import { StarPicker } from "@/components/ui/star-picker";
import { errorMessage } from "@/lib/api-client";
import { useInstantChoice } from "@/lib/use-instant-choice";
import { useConversation, useRateConversation } from "../api";

/**
 * "How helpful was this conversation?" under the coach's latest answer: a click on a star saves it, and another click
 * changes it. It feeds the coach's satisfaction score on the admin metrics.
 */
export function ConversationRating({ conversationId }: { conversationId: string }) {
  const conversation = useConversation(conversationId);
  const rate = useRateConversation(conversationId);
  const labelId = useId();
  const [rating, choose] = useInstantChoice(conversation.data?.rating ?? null, (value: number | null, callbacks) => {
    if (value !== null) rate.mutate(value, callbacks);
  });
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-xl border border-slate-200 bg-slate-50/60 px-4 py-2.5 sm:ml-11">
      <p id={labelId} className="text-sm font-medium text-slate-700">
        How helpful is this conversation?
      </p>
      <StarPicker value={rating ?? 0} onChange={choose} labelId={labelId} />
      <p role="status" className="text-xs text-slate-600">
        {rate.isError ? (
          <span className="text-rose-700">{errorMessage(rate.error)}</span>
        ) : rating !== null && rate.isSuccess ? (
          "Thanks, saved."
        ) : null}
      </p>
    </div>
  );
}
