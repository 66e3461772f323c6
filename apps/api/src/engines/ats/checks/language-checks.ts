import type { AtsCheck } from "@hirefolio/shared";
import { findCliche } from "../cliches";
import { findFirstPerson } from "../first-person";
import { hasPlaceholder } from "../measurable-result";
import type { ResumeField } from "../resume-text";
import { findWeakPhrase } from "../weak-phrases";
import { collectChecks } from "./collect-checks";

/** The headline, summary and bullets: the prose a recruiter reads. */
export function isNarrativeField(path: string): boolean {
  return /^basics\.(label|summary)$|^(work|volunteer|projects)\[\d+\]\.(summary|highlights\[\d+\])$/.test(path);
}

/**
 * First-person pronouns, weak phrases and clichés in the narrative fields; unfilled "[N]" placeholders anywhere
 * (left over from an accepted suggestion).
 */
export function checkLanguage(fields: readonly ResumeField[]): AtsCheck[] {
  return collectChecks("language", "content", (add) => {
    for (const field of fields) {
      if (hasPlaceholder(field.text)) {
        add(
          "unfilled-placeholder",
          "error",
          "Replace the [bracketed] placeholder with your own figure or words.",
          field.path,
        );
      }
      if (!isNarrativeField(field.path)) continue;
      const pronoun = findFirstPerson(field.text);
      if (pronoun)
        add("first-person", "warning", `Drop "${pronoun}": resumes are written without pronouns.`, field.path);
      const weak = findWeakPhrase(field.text);
      if (weak) add("weak-phrase", "warning", `"${weak}" describes a duty; say what you achieved instead.`, field.path);
      const cliche = findCliche(field.text);
      if (cliche) add("cliche", "warning", `"${cliche}" is a cliché; show it with an example instead.`, field.path);
    }
  });
}
