"use client";

import type { AtsSuggestion, SuggestionSource } from "@hirefolio/shared";
import { useState } from "react";
import { CheckIcon, CopyIcon, SparklesIcon } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { OfferedSuggestion } from "../suggestions-api";
import { FieldLink } from "./field-link";
import { PlaceholderText } from "./placeholder-text";

const kindLabels: Record<AtsSuggestion["kind"], string> = {
  quantify: "Add a figure",
  "rewrite-bullet": "Rewrite bullet",
  "insert-keyword": "Add keyword",
  summary: "Summary",
};

const sourceLabels: Record<SuggestionSource, string> = { offline: "Built-in engine", llm: "Your LLM" };

/** Bullet suggestions can be redrafted as a whole; the draft endpoint rewrites highlights only. */
const rewritable = (s: OfferedSuggestion) =>
  !s.source && (s.kind === "rewrite-bullet" || s.kind === "quantify") && /\.highlights\[\d+\]$/.test(s.where);

interface SuggestionListProps {
  suggestions: readonly OfferedSuggestion[];
  /** Applies the text at the suggestion's path; false when that path isn't something the editor shows. */
  canApply: (suggestion: OfferedSuggestion) => boolean;
  onApply: (suggestion: OfferedSuggestion) => void;
  onDismiss: (suggestion: OfferedSuggestion) => void;
  onRewrite: (suggestion: OfferedSuggestion) => void;
  /** The path of the bullet being rewritten right now, if any. */
  rewriting?: string;
}

export function SuggestionList({
  suggestions,
  canApply,
  onApply,
  onDismiss,
  onRewrite,
  rewriting,
}: SuggestionListProps) {
  const [copied, setCopied] = useState<string | null>(null);
  if (!suggestions.length) return <p className="text-sm text-slate-600">No suggestions left.</p>;

  const copy = async (suggestion: OfferedSuggestion) => {
    await navigator.clipboard?.writeText(suggestion.after).catch(() => undefined);
    setCopied(suggestion.id);
    window.setTimeout(() => setCopied((current) => (current === suggestion.id ? null : current)), 2000);
  };

  return (
    <ul aria-label="Suggestions" className="space-y-3">
      {suggestions.map((suggestion) => (
        <li key={suggestion.id} className="space-y-2 rounded-lg border border-slate-200 p-3 text-sm">
          <div className="flex items-center justify-between gap-2">
            <span className="flex items-center gap-2">
              <span className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
                {kindLabels[suggestion.kind]}
              </span>
              {suggestion.source && (
                <Badge tone={suggestion.source === "llm" ? "violet" : "neutral"}>
                  {sourceLabels[suggestion.source]}
                </Badge>
              )}
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
            {rewritable(suggestion) && (
              <Button
                size="sm"
                variant="secondary"
                loading={rewriting === suggestion.where}
                disabled={rewriting !== undefined}
                onClick={() => onRewrite(suggestion)}
              >
                {rewriting !== suggestion.where && <SparklesIcon />}
                Rewrite with AI
              </Button>
            )}
            <Button size="sm" variant="ghost" onClick={() => onDismiss(suggestion)}>
              Dismiss
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}
