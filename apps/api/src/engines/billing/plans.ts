import { getResumeTemplate, industryTemplateIds, type LimitKey, type Plan, type PlanId } from "@hirefolio/shared";

/** Free resume templates: one general-purpose technical layout and one for data roles; the other four are Pro. */
export const freeTemplates = ["software-engineering", "data-analytics"] as const;
const templateCount = industryTemplateIds.length;
/** Only the catalogue's other templates are Pro's; an id the catalogue does not know renders as the default one. */
const premiumTemplates: readonly string[] = industryTemplateIds.filter(
  (id) => !(freeTemplates as readonly string[]).includes(id),
);

/**
 * The one table of limits. null = unlimited. Plans are ordered free < candidate_pro < employer so a self-hoster's
 * DEFAULT_PLAN=employer unlocks everything; a bought Employer plan's seat limit is the quantity paid for, set by
 * `limitFor`, and the number here is what an employer gets without a subscription.
 */
const limitTable: Record<PlanId, Record<LimitKey, number | null>> = {
  free: { coachMessages: 30, suggestionDrafts: 10, resumeTemplates: 2, experiments: 0, schedulingSeats: 2 },
  candidate_pro: {
    coachMessages: null,
    suggestionDrafts: null,
    resumeTemplates: templateCount,
    experiments: null,
    schedulingSeats: 2,
  },
  employer: {
    coachMessages: null,
    suggestionDrafts: null,
    resumeTemplates: templateCount,
    experiments: null,
    schedulingSeats: null,
  },
};

export const planCatalogue: Plan[] = [
  {
    id: "free",
    name: "Free",
    price: "$0",
    features: ["30 coach messages a day", "10 AI suggestion drafts a day", "2 of 6 resume templates"],
    limits: limitTable.free,
  },
  {
    id: "candidate_pro",
    name: "Candidate Pro",
    price: "$12 / month",
    features: ["Unlimited career coaching", "Unlimited AI suggestions", "All 6 resume templates", "Resume A/B tests"],
    limits: limitTable.candidate_pro,
  },
  {
    id: "employer",
    name: "Employer",
    price: "$20 / interviewer / month",
    features: ["Scheduling seats for every interviewer", "Interview loops and panels", "Team availability"],
    limits: limitTable.employer,
  },
];

export function planName(plan: PlanId) {
  return planCatalogue.find((p) => p.id === plan)?.name ?? plan;
}

/** A plan's limit; an Employer subscription's seats are the quantity paid for. */
export function limitFor(plan: PlanId, key: LimitKey, paidSeats?: number | null): number | null {
  if (key === "schedulingSeats" && plan === "employer" && paidSeats != null) return paidSeats;
  return limitTable[plan][key];
}

export function limitsOf(plan: PlanId, paidSeats?: number | null): Record<LimitKey, number | null> {
  const keys = Object.keys(limitTable[plan]) as LimitKey[];
  return Object.fromEntries(keys.map((key) => [key, limitFor(plan, key, paidSeats)])) as Record<
    LimitKey,
    number | null
  >;
}

export type LimitDecision =
  | { allowed: true }
  | { allowed: false; limit: number; used: number; detail: string; upgradeTo: PlanId };

const reachedDetail: Record<LimitKey, (limit: number) => string> = {
  coachMessages: (limit) =>
    `You've used your ${limit} free coach messages today. Upgrade to Candidate Pro for unlimited coaching.`,
  suggestionDrafts: (limit) =>
    `You've used your ${limit} free AI suggestion drafts today. Upgrade to Candidate Pro for unlimited suggestions.`,
  experiments: () => "Resume A/B tests are part of Candidate Pro. Upgrade to compare versions of your resume.",
  resumeTemplates: () =>
    `This template is part of Candidate Pro. The Free plan includes the ${freeTemplates.map((id) => getResumeTemplate(id).name).join(" and ")} templates.`,
  schedulingSeats: (limit) =>
    `Your plan covers ${limit} interviewers. Add Employer seats to schedule with more of your team.`,
};

/** Whether one more use fits: `used` counts uses so far in the limit's window (today, running, members). */
export function decideLimit(plan: PlanId, key: LimitKey, used: number, paidSeats?: number | null): LimitDecision {
  const limit = limitFor(plan, key, paidSeats);
  if (limit === null || used < limit) return { allowed: true };
  return {
    allowed: false,
    limit,
    used,
    detail: reachedDetail[key](limit),
    upgradeTo: key === "schedulingSeats" ? "employer" : "candidate_pro",
  };
}

/**
 * Templates are a set, not a count: Free offers the listed ones, paid plans all of them. `kept` is the template the
 * resume already has: what someone made on Pro stays theirs after a downgrade (they keep exporting and copying it),
 * they just cannot switch to another premium one.
 */
export function templateDecision(plan: PlanId, templateId: string, kept?: string): LimitDecision {
  const allowed =
    templateId === kept ||
    limitFor(plan, "resumeTemplates") === templateCount ||
    !premiumTemplates.includes(templateId);
  if (allowed) return { allowed: true };
  return {
    allowed: false,
    limit: freeTemplates.length,
    used: freeTemplates.length,
    detail: reachedDetail.resumeTemplates(freeTemplates.length),
    upgradeTo: "candidate_pro",
  };
}

/** For the invitee, who cannot buy seats: who can, and that accepting works once they have. */
export function noSeatToJoinDetail(employerName: string, limit: number) {
  return `${employerName} has all ${limit} interviewer seats in use. Ask one of its owners or admins to add seats, then accept again.`;
}

/** Midnight UTC of `now`: daily limits reset then, the same instant for every replica. */
export function startOfUtcDay(now: Date) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
