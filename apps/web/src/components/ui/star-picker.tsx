"use client";

import { useState } from "react";
import { StarIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";

const labels = ["Poor", "Fair", "Good", "Very good", "Excellent"] as const;

/**
 * Five stars as a radio group: arrow keys move between them, and each reads out as "3 stars, Good". Each label is
 * `relative` so its visually hidden radio stays inside whatever scrolls the stars: focusing one must not scroll an
 * outer overflow-hidden panel (the coach's chat) instead.
 */
export function StarPicker({
  value,
  onChange,
  labelId,
}: {
  value: number;
  onChange: (rating: number) => void;
  labelId: string;
}) {
  const [hovered, setHovered] = useState(0);
  const shown = hovered || value;
  return (
    <div className="flex items-center gap-3">
      <div role="radiogroup" aria-labelledby={labelId} className="flex" onMouseLeave={() => setHovered(0)}>
        {labels.map((label, index) => {
          const rating = index + 1;
          return (
            <label
              key={label}
              className="relative cursor-pointer rounded-md p-0.5 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500"
              onMouseEnter={() => setHovered(rating)}
            >
              <input
                type="radio"
                name={`${labelId}-rating`}
                value={rating}
                checked={value === rating}
                onChange={() => onChange(rating)}
                className="sr-only"
                aria-label={`${rating} star${rating === 1 ? "" : "s"}, ${label}`}
              />
              <StarIcon
                className={cx(
                  "size-7 transition-colors",
                  rating <= shown ? "fill-amber-400 text-amber-500" : "fill-transparent text-slate-300",
                )}
              />
            </label>
          );
        })}
      </div>
      <span className="min-w-20 text-sm text-slate-600" aria-hidden="true">
        {shown ? labels[shown - 1] : ""}
      </span>
    </div>
  );
}
