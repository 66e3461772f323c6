import type { AtsAnalyzeOptions, AtsCheck } from "@hirefolio/shared";
import { countWords } from "../normalise";
import type { ResumeField } from "../resume-text";
import { collectChecks } from "./collect-checks";

export const MIN_WORDS = 300;
export const MAX_WORDS = 900;
export const MAX_PAGES = 2;

/** One to two pages; the sweet spot in published application studies was roughly 475–600 words. */
export function checkLength(fields: readonly ResumeField[], options: AtsAnalyzeOptions): AtsCheck[] {
  return collectChecks("length", "format", (add) => {
    const words = fields.reduce((sum, f) => sum + countWords(f.text), 0);
    if (words < MIN_WORDS)
      add("too-short", "warning", `${words} words; most strong resumes have at least ${MIN_WORDS}.`);
    else if (words > MAX_WORDS) add("too-long", "warning", `${words} words; cut to about ${MAX_WORDS} or fewer.`);
    if (options.pageCount !== undefined && options.pageCount > MAX_PAGES) {
      add("too-many-pages", "warning", `${options.pageCount} pages; keep it to ${MAX_PAGES}.`);
    }
  });
}
