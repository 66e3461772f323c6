import type { BillingOverview } from "@hirefolio/shared";

/**
 * The templates the plan does not include, as the API decides it: a plan with fewer templates than there are offers
 * only its free ones, and the template a resume already has stays its owner's even after a downgrade.
 */
export function lockedTemplates(
  billing: { limits: Pick<BillingOverview["limits"], "resumeTemplates">; freeTemplates: readonly string[] },
  templateIds: readonly string[],
  kept: string,
): ReadonlySet<string> {
  const included = billing.limits.resumeTemplates;
  if (included === null || included >= templateIds.length) return new Set();
  return new Set(templateIds.filter((id) => id !== kept && !billing.freeTemplates.includes(id)));
}
