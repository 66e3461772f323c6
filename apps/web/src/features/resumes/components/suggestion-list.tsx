"use client";

import type { AtsSuggestion } from "@hirefolio/shared";
import { useState } from "react";
import { CheckIcon, CopyIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { FieldLink } from "./field-link";
import { PlaceholderText } from "./placeholder-text";

const kindLabels: Record<AtsSuggestion["kind"], string> = {
  quantify: "Add a figure",
  "rewrite-bullet": "Rewrite bullet",
  "insert-keyword": "Add keyword",
  summary: "Summary",
};

interface SuggestionListProps {
  suggestions: readonly AtsSuggestion[];
  /** Applies the text at the suggestion's path; false when that path isn't something the editor shows. */
  canApply: (suggestion: AtsSuggestion) => boolean;
  onApply: (suggestion: AtsSuggestion) => void;
  onDismiss: (suggestion: AtsSuggestion) => void;
}

export function SuggestionList({ suggestions, canApply, onApply, onDismiss }: SuggestionListProps) {
  const [copied, setCopied] = useState<string | null>(null);
  if (!suggestions.length) return <p className="text-sm text-slate-600">No suggestions left.</p>;

  const copy = async (suggestion: AtsSuggestion) => {
    await navigator.clipboard?.writeText(suggestion.after).catch(() => undefined);
    setCopied(suggestion.id);
    window.setTimeout(() => setCopied((current) => (current === suggestion.id ? null : current)), 2000);
  };

  return (
    <ul className="space-y-3">
      {suggestions.map((suggestion) => (
        <li key={suggestion.id} className="space-y-2 rounded-lg border border-slate-200 p-3 text-sm">
          <div className="flex items-center justify-between gap-2">
            <span className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
              {kindLabels[suggestion.kind]}
            </span>
            <FieldLink path={suggestion.where} />
          </div>
          <p className="text-slate-600">{suggestion.reason}</p>
          {suggestion.before && (
            <p className="rounded-md bg-rose-50 px-2 py-1 text-rose-900 line-through decoration-rose-300">
              {suggestion.before}
            </p>
          )}
          <p className="rounded-md bg-emerald-50 px-2 py-1 text-emerald-900">
            <PlaceholderText text={suggestion.after} />
          </p>
          <div className="flex flex-wrap gap-2">
            {canApply(suggestion) && (
              <Button size="sm" onClick={() => onApply(suggestion)}>
                Apply
              </Button>
            )}
            <Button size="sm" variant="secondary" onClick={() => copy(suggestion)}>
              {copied === suggestion.id ? <CheckIcon /> : <CopyIcon />}
              {copied === suggestion.id ? "Copied" : "Copy"}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => onDismiss(suggestion)}>
              Dismiss
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}
