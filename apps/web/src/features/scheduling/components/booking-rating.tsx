"use client";

import { SCHEDULING_RATING_COMMENT_MAX } from "@hirefolio/shared";
import { useId, useState } from "react";
import { CheckIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/form-field";
import { StarPicker } from "@/components/ui/star-picker";
import type { RatingPage } from "../booking-rating-api";
import { useBookingRating, useRateBooking } from "../hooks/use-booking-rating";
import { ProblemDetails } from "./problem-details";

/**
 * "How was booking?" under a confirmed interview: 1–5 stars and an optional comment. One rating per interview;
 * rating again replaces it, so the thanks state offers a change.
 */
export function BookingRating({ page, token }: { page: RatingPage; token: string }) {
  const saved = useBookingRating(page, token);
  const rate = useRateBooking(page, token);
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState("");
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  if (saved.isPending || saved.isError) return null;

  const current = saved.data.rating;
  if (current !== null && !editing) {
    return (
      <section
        aria-labelledby={headingId}
        className="flex flex-wrap items-center gap-3 rounded-xl border border-emerald-200 bg-emerald-50 p-4 text-sm"
      >
        <CheckIcon className="size-5 text-emerald-600" />
        <p id={headingId} className="flex-1 text-emerald-900" role="status">
          <strong className="font-semibold">Thanks for your feedback!</strong> You rated booking {current} out of 5.
        </p>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            setRating(current);
            setComment(saved.data.comment);
            setEditing(true);
          }}
        >
          Change
        </Button>
      </section>
    );
  }

  return (
    <form
      aria-labelledby={headingId}
      className="space-y-3 rounded-xl border border-slate-200 p-4 text-left"
      onSubmit={(event) => {
        event.preventDefault();
        if (rating) rate.mutate({ rating, comment }, { onSuccess: () => setEditing(false) });
      }}
    >
      <div className="space-y-2">
        <p id={headingId} className="text-sm font-semibold text-slate-900">
          How easy was it to book this interview?
        </p>
        <StarPicker value={rating} onChange={setRating} labelId={headingId} />
      </div>
      {rating > 0 && (
        <TextAreaField
          label="Anything we could do better?"
          optional
          maxLength={SCHEDULING_RATING_COMMENT_MAX}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={!rating} loading={rate.isPending}>
          Send rating
        </Button>
        {editing && (
          <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
            Keep my rating
          </Button>
        )}
      </div>
      <ProblemDetails error={rate.error} />
    </form>
  );
}
