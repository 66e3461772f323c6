import type { AtsAnalysis, AtsCheck, AtsSubscores } from "@hirefolio/shared";
import { type BulletQuality, isCleanlyWorded, isGoodLength } from "./bullet-quality";
import { MEASURABLE_TARGET } from "./checks/bullet-checks";
import type { KeywordComparison, MatchKind } from "./keyword-matcher";

/**
 * The total is a weighted mean of four 0–100 subscores:
 * - keywords 45%: the job's keywords found in the resume, weighted by must/nice and repetition. Hard-skill match is
 *   what ATS filters and recruiter searches run on, and every published checker weighs it highest.
 * - content 25%: bullets that open with an action verb, run 8–30 words, state a measurable result (full credit at
 *   60% of bullets) and avoid weak phrases, pronouns and clichés. This is what the human reader judges.
 * - format 20%: standard sections, valid and ordered dates, length, PDF text that extracts cleanly.
 * - contact 10%: name 35, email 30, phone 20, location 10, link 5 points (atsscorecheckonline's weights).
 * When the job description yields no keywords, their weight is shared among the others rather than scoring 0.
 */
export const SCORE_WEIGHTS: AtsAnalysis["weights"] = { keywords: 0.45, content: 0.25, format: 0.2, contact: 0.1 };

/** Jobscan reports that exact wording matters to some ATS, so a different inflection or synonym earns a bit less. */
export const MATCH_CREDIT: Record<MatchKind, number> = { exact: 1, normalised: 0.9, alias: 0.85 };

/** Parts of the content subscore; they sum to 1. */
const CONTENT_PARTS = { measurable: 0.35, actionVerb: 0.25, length: 0.15, wording: 0.25 };

/** Format points lost per check; a check that fires again costs half as much again, up to twice its base. */
const FORMAT_PENALTY: Record<AtsCheck["severity"], number> = { error: 20, warning: 8, info: 2 };

/** Content points lost for problems outside the bullets (the summary, a missing experience section). */
const CONTENT_PENALTY: Record<AtsCheck["severity"], number> = { error: 15, warning: 5, info: 0 };

const CONTACT_POINTS_LOST: Record<string, number> = {
  "contact.name-missing": 35,
  "contact.email-missing": 30,
  "contact.email-invalid": 15,
  "contact.phone-missing": 20,
  "contact.phone-invalid": 10,
  "contact.location-missing": 10,
  "contact.link-missing": 5,
};

export interface ScoreInput {
  keywords: KeywordComparison;
  bullets: readonly BulletQuality[];
  checks: readonly AtsCheck[];
}

export function scoreResume(input: ScoreInput): Pick<AtsAnalysis, "score" | "subscores" | "weights"> {
  const subscores: AtsSubscores = {
    keywords: keywordSubscore(input.keywords),
    content: contentSubscore(input.bullets, input.checks),
    format: formatSubscore(input.checks),
    contact: contactSubscore(input.checks),
  };
  const hasKeywords = input.keywords.matched.length + input.keywords.missing.length > 0;
  const weights = hasKeywords ? SCORE_WEIGHTS : withoutKeywords(SCORE_WEIGHTS);
  const total =
    weights.keywords * subscores.keywords +
    weights.content * subscores.content +
    weights.format * subscores.format +
    weights.contact * subscores.contact;
  return { score: clamp(total), subscores, weights };
}

export function keywordSubscore(comparison: KeywordComparison): number {
  const total = [...comparison.matched.map((m) => m.keyword), ...comparison.missing].reduce((s, k) => s + k.weight, 0);
  if (total === 0) return 0;
  const earned = comparison.matched.reduce((s, m) => s + m.keyword.weight * MATCH_CREDIT[m.matchedAs], 0);
  return clamp((100 * earned) / total);
}

export function contentSubscore(bullets: readonly BulletQuality[], checks: readonly AtsCheck[]): number {
  const share = (test: (q: BulletQuality) => boolean) =>
    bullets.length ? bullets.filter(test).length / bullets.length : 0;
  const measurable = Math.min(1, share((q) => q.measurable) / MEASURABLE_TARGET);
  const base =
    100 *
    (CONTENT_PARTS.measurable * measurable +
      CONTENT_PARTS.actionVerb * share((q) => q.opensWithActionVerb) +
      CONTENT_PARTS.length * share(isGoodLength) +
      CONTENT_PARTS.wording * share(isCleanlyWorded));
  // Bullet-level checks are already counted in the shares above.
  const bulletPaths = new Set(bullets.map((q) => q.bullet.path));
  const penalty = checks
    .filter((c) => c.category === "content" && !(c.where && bulletPaths.has(c.where)))
    .filter((c) => c.id !== "bullets.few-measurable-results")
    .reduce((sum, c) => sum + CONTENT_PENALTY[c.severity], 0);
  return clamp(base - penalty);
}

export function formatSubscore(checks: readonly AtsCheck[]): number {
  const byId = new Map<string, { severity: AtsCheck["severity"]; count: number }>();
  for (const check of checks) {
    if (check.category !== "format") continue;
    const seen = byId.get(check.id);
    byId.set(check.id, { severity: check.severity, count: (seen?.count ?? 0) + 1 });
  }
  let penalty = 0;
  for (const { severity, count } of byId.values()) {
    penalty += FORMAT_PENALTY[severity] * Math.min(2, 1 + (count - 1) / 2);
  }
  return clamp(100 - penalty);
}

export function contactSubscore(checks: readonly AtsCheck[]): number {
  return clamp(100 - checks.reduce((sum, c) => sum + (CONTACT_POINTS_LOST[c.id] ?? 0), 0));
}

function withoutKeywords(weights: AtsAnalysis["weights"]): AtsAnalysis["weights"] {
  const rest = 1 - weights.keywords;
  return {
    keywords: 0,
    content: weights.content / rest,
    format: weights.format / rest,
    contact: weights.contact / rest,
  };
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}
