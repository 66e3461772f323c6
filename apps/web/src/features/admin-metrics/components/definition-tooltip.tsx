"use client";

import { useId, useState } from "react";
import { cx } from "@/lib/class-names";

/**
 * An info button that shows a metric's definition on hover and on keyboard focus. The text stays in the DOM and
 * describes the button (aria-describedby), so screen readers announce it too; Escape hides it (WCAG 1.4.13).
 */
export function DefinitionTooltip({ label, definition }: { label: string; definition: string }) {
  const tooltipId = useId();
  const [open, setOpen] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover keeps the text open while the pointer moves onto it
    <span className="relative inline-flex" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        aria-label={`What "${label}" measures`}
        aria-describedby={tooltipId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false);
        }}
        className="grid size-5 place-items-center rounded-full text-slate-400 transition-colors hover:text-slate-700"
      >
        <svg
          viewBox="0 0 24 24"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          aria-hidden="true"
        >
          <circle cx="12" cy="12" r="10" />
          <path d="M12 16v-4M12 8h.01" strokeLinecap="round" />
        </svg>
      </button>
      <span
        id={tooltipId}
        role="tooltip"
        className={cx(
          "absolute top-full left-1/2 z-20 mt-2 w-64 -translate-x-1/2 rounded-lg bg-slate-900 px-3 py-2 text-xs leading-relaxed font-normal text-white shadow-raised",
          !open && "hidden",
        )}
      >
        {definition}
      </span>
    </span>
  );
}
