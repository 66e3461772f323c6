import { createHash } from "node:crypto";
import type { AtsSuggestion } from "@hirefolio/shared";

/**
 * Identifies "this suggestion for this text": its kind, where it applies and what it is about. For a missing keyword
 * that is the text it adds; for any other suggestion the text it would replace ("" for an empty field), so dismissing
 * "write a summary" holds whatever the drafted wording. Once the user edits the text, the dismissal no longer matches
 * and fresh suggestions for the new text are offered.
 */
export function suggestionFingerprint(suggestion: Pick<AtsSuggestion, "kind" | "where" | "before" | "after">): string {
  const subject = suggestion.kind === "insert-keyword" ? suggestion.after : (suggestion.before ?? "");
  return createHash("sha256").update(`${suggestion.kind}\n${suggestion.where}\n${subject.trim()}`).digest("hex");
}
