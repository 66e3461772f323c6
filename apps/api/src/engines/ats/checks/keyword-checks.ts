import type { AtsCheck } from "@hirefolio/shared";
import type { KeywordComparison } from "../keyword-matcher";
import { collectChecks } from "./collect-checks";

/** Share of must-have keywords below which the resume is unlikely to pass a keyword filter. */
export const MUST_HAVE_TARGET = 0.6;

export function checkKeywords(comparison: KeywordComparison): AtsCheck[] {
  return collectChecks("keywords", "keywords", (add) => {
    const all = [...comparison.matched.map((m) => m.keyword), ...comparison.missing];
    if (all.length === 0) {
      add("none-found", "info", "No skills, tools or credentials were recognised in the job description.");
      return;
    }
    const title = comparison.missing.find((k) => k.term.kind === "title");
    if (title)
      add(
        "title-missing",
        "warning",
        `The job title "${title.term.term}" does not appear in your resume.`,
        "basics.label",
      );
    const musts = all.filter((k) => k.importance === "must").length;
    const missingMusts = comparison.missing.filter((k) => k.importance === "must");
    if (musts > 0 && 1 - missingMusts.length / musts < MUST_HAVE_TARGET) {
      const names = missingMusts
        .slice(0, 5)
        .map((k) => k.term.term)
        .join(", ");
      add(
        "few-must-haves",
        "warning",
        `Your resume has ${musts - missingMusts.length} of ${musts} must-have keywords; missing: ${names}.`,
      );
    }
  });
}
