"use client";

import { type PortfolioSettings, portfolioHandleSchema } from "@hirefolio/shared";
import { useEffect, useId, useState } from "react";
import { AlertCircleIcon, CheckIcon } from "@/components/icons";
import { Spinner } from "@/components/ui/spinner";
import { ApiError, errorMessage } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { useUpdateSettings } from "../hooks/use-portfolio-settings";

/** Long enough to finish a word, short enough to feel live. */
const saveAfterMs = 700;

type Outcome = { handle: string; ok: true } | { handle: string; ok: false; message: string };

function refusal(error: unknown): string {
  if (error instanceof ApiError) return error.fieldErrors.handle ?? error.problem.detail ?? error.problem.title;
  return errorMessage(error);
}

/**
 * The page's address. A valid handle is claimed a moment after typing stops, so the answer shown is the server's
 * (taken, reserved) rather than a guess; the old address keeps working until a new one is saved.
 */
export function HandleField({ settings }: { settings: PortfolioSettings }) {
  const id = useId();
  const update = useUpdateSettings();
  const [draft, setDraft] = useState(settings.handle);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const normalised = draft.trim().toLowerCase();
  const local = portfolioHandleSchema.safeParse(draft);
  const localError = local.success ? null : (local.error.issues[0]?.message ?? "Not a valid handle");
  const { mutate } = update;

  useEffect(() => {
    if (!local.success || normalised === settings.handle) return;
    const timer = window.setTimeout(() => {
      mutate(
        { handle: normalised },
        {
          onSuccess: () => setOutcome({ handle: normalised, ok: true }),
          onError: (error) => setOutcome({ handle: normalised, ok: false, message: refusal(error) }),
        },
      );
    }, saveAfterMs);
    return () => window.clearTimeout(timer);
  }, [local.success, normalised, settings.handle, mutate]);

  const status: { tone: "error" | "ok" | "busy" | "idle"; text: string } = localError
    ? { tone: "error", text: localError }
    : outcome?.handle === normalised && !outcome.ok
      ? { tone: "error", text: outcome.message }
      : normalised === settings.handle
        ? {
            tone: outcome?.handle === normalised ? "ok" : "idle",
            text:
              outcome?.handle === normalised ? `Saved: your page is now at /p/${normalised}` : "Your page's address",
          }
        : { tone: "busy", text: `Checking whether “${normalised}” is free…` };

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Handle
      </label>
      <div
        className={cx(
          "flex h-10 items-center overflow-hidden rounded-lg border bg-white shadow-sm focus-within:ring-4",
          status.tone === "error"
            ? "border-rose-400 focus-within:ring-rose-500/25"
            : "border-slate-300 focus-within:border-brand-600 focus-within:ring-brand-500/25",
        )}
      >
        <span className="flex h-full items-center border-r border-slate-200 bg-slate-50 px-3 font-mono text-sm text-slate-500">
          /p/
        </span>
        <input
          id={id}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          maxLength={30}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={status.tone === "error" || undefined}
          aria-describedby={`${id}-status`}
          className="h-full min-w-0 flex-1 bg-transparent px-3 font-mono text-sm text-slate-900 focus:outline-none"
        />
      </div>
      <p
        id={`${id}-status`}
        aria-live="polite"
        className={cx(
          "flex items-center gap-1.5 text-sm",
          status.tone === "error" && "text-rose-700",
          status.tone === "ok" && "text-emerald-700",
          (status.tone === "idle" || status.tone === "busy") && "text-slate-600",
        )}
      >
        {status.tone === "error" && <AlertCircleIcon className="size-4 shrink-0" />}
        {status.tone === "ok" && <CheckIcon className="size-4 shrink-0" />}
        {status.tone === "busy" && <Spinner />}
        {status.text}
      </p>
    </div>
  );
}
