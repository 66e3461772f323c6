import type { AtsCheck, AtsResumeInput } from "@hirefolio/shared";
import { openingWord } from "../action-verbs";
import { type BulletQuality, MAX_BULLET_WORDS, MIN_BULLET_WORDS } from "../bullet-quality";
import { collectChecks } from "./collect-checks";

/** Share of bullets that should state a measurable result (OfflineCV's target; Jobscan's "measurable results"). */
export const MEASURABLE_TARGET = 0.6;

/** Bullets open with an action verb, run 8–30 words, and most of them state a measurable result. */
export function checkBullets(resume: AtsResumeInput, bullets: readonly BulletQuality[]): AtsCheck[] {
  return collectChecks("bullets", "content", (add) => {
    const hasRoles = (resume.work ?? []).length > 0;
    if (hasRoles && !bullets.some((q) => q.bullet.path.startsWith("work["))) {
      add("missing", "error", "Describe each role with achievement bullets (work highlights).", "work[0].highlights");
    }
    for (const q of bullets) {
      if (!q.opensWithActionVerb) {
        const opener = openingWord(q.bullet.text);
        add(
          "no-action-verb",
          "warning",
          `Open with an action verb such as "Built", "Led" or "Reduced"${opener ? ` rather than "${opener}"` : ""}.`,
          q.bullet.path,
        );
      }
      if (q.words < MIN_BULLET_WORDS) {
        add(
          "too-short",
          "warning",
          `${q.words} words: say what you did and what came of it (${MIN_BULLET_WORDS}–${MAX_BULLET_WORDS} words).`,
          q.bullet.path,
        );
      } else if (q.words > MAX_BULLET_WORDS) {
        add(
          "too-long",
          "warning",
          `${q.words} words: split it or cut it to ${MAX_BULLET_WORDS} words or fewer.`,
          q.bullet.path,
        );
      }
    }
    if (bullets.length > 0) {
      const measurable = bullets.filter((q) => q.measurable).length;
      const share = measurable / bullets.length;
      if (share < MEASURABLE_TARGET) {
        add(
          "few-measurable-results",
          "warning",
          `${measurable} of ${bullets.length} bullets (${Math.round(share * 100)}%) state a measurable result; aim for at least ${MEASURABLE_TARGET * 100}%.`,
          bullets.find((q) => !q.measurable)?.bullet.path,
        );
      }
    }
  });
}
