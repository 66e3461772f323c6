"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";
import { XIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** "center" for short confirmations, "sheet" for a side panel. */
  variant?: "center" | "sheet";
  children: ReactNode;
}

const variants = {
  center: cx(
    "m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl",
    "opacity-100 scale-100 starting:opacity-0 starting:scale-95",
  ),
  sheet: cx(
    "ml-auto mr-0 my-0 h-dvh max-h-dvh w-full max-w-lg rounded-none sm:rounded-l-2xl",
    "translate-x-0 starting:translate-x-full",
  ),
};

/**
 * A modal on the native <dialog> element. It animates in with @starting-style and closes at once.
 * The browser supplies the focus trap, Escape to close, inert background and focus return.
 */
export function Dialog({ open, onClose, title, description, variant = "center", children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click only catches the backdrop; keyboard users close with Escape, which <dialog> handles
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onClick={(event) => {
        // A click on the element itself (not its content) is a click on the backdrop.
        if (event.target === event.currentTarget) onClose();
      }}
      className={cx(
        "bg-white p-0 text-slate-900 shadow-raised transition duration-200 ease-out",
        "backdrop:bg-slate-950/40 backdrop:backdrop-blur-[2px]",
        variants[variant],
      )}
    >
      {open && (
        <div className={cx("flex flex-col", variant === "sheet" && "h-full")}>
          <header className="flex items-start justify-between gap-4 border-b border-slate-100 px-6 py-4">
            <div className="min-w-0 space-y-1">
              <h2 id={titleId} className="text-lg font-semibold text-slate-900">
                {title}
              </h2>
              {description && (
                <p id={descriptionId} className="text-sm text-slate-600">
                  {description}
                </p>
              )}
            </div>
            <button
              type="button"
              onClick={onClose}
              className="-mr-2 grid size-8 shrink-0 place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900"
            >
              <XIcon className="size-5" />
              <span className="sr-only">Close</span>
            </button>
          </header>
          <div className={cx("px-6 py-5", variant === "sheet" && "flex-1 overflow-y-auto")}>{children}</div>
        </div>
      )}
    </dialog>
  );
}
