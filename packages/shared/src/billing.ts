import { z } from "zod";

export const planIdSchema = z.enum(["free", "candidate_pro", "employer"]);
export type PlanId = z.infer<typeof planIdSchema>;

/** What a plan limits. The first four are a person's; `schedulingSeats` is an employer's interviewers. */
export const limitKeySchema = z.enum([
  "coachMessages",
  "suggestionDrafts",
  "resumeTemplates",
  "experiments",
  "schedulingSeats",
]);
export type LimitKey = z.infer<typeof limitKeySchema>;

const limitValue = z.number().int().nullable().describe("null: unlimited");

export const planSchema = z.object({
  id: planIdSchema,
  name: z.string(),
  price: z.string().describe("As shown on the plan card, e.g. “$12 / month”"),
  features: z.array(z.string()),
  limits: z.record(limitKeySchema, limitValue),
});
export type Plan = z.infer<typeof planSchema>;

export const employerBillingSchema = z.object({
  id: z.string(),
  name: z.string(),
  plan: planIdSchema,
  status: z.string().nullable(),
  seats: limitValue,
  seatsUsed: z.number().int().describe("Members holding a seat: everyone but the owners"),
  pendingInvitations: z.number().int().describe("Open invitations; each reserves the seat its invitee will take"),
  canManage: z.boolean().describe("Owners and admins of the employer may buy seats and manage billing"),
});
export type EmployerBilling = z.infer<typeof employerBillingSchema>;

export const billingOverviewSchema = z.object({
  configured: z.boolean().describe("false when the server has no Stripe keys: everyone has the default plan"),
  plan: planIdSchema,
  status: z.string().nullable().describe("Stripe's subscription status, null without a subscription"),
  currentPeriodEnd: z.string().nullable(),
  cancelAtPeriodEnd: z.boolean(),
  hasCustomer: z.boolean().describe("Whether there is a Stripe customer, i.e. the Customer Portal can open"),
  limits: z.record(limitKeySchema, limitValue),
  usage: z.object({
    coachMessages: z.number().int().describe("Today (UTC)"),
    suggestionDrafts: z.number().int().describe("Today (UTC)"),
    experiments: z.number().int().describe("Running A/B tests"),
  }),
  freeTemplates: z.array(z.string()).describe("Template ids the Free plan includes"),
  plans: z.array(planSchema),
  employers: z.array(employerBillingSchema),
});
export type BillingOverview = z.infer<typeof billingOverviewSchema>;

export const checkoutRequestSchema = z
  .object({
    plan: planIdSchema.exclude(["free"]),
    seats: z.number().int().min(1).max(500).optional().describe("Employer plan: interviewers to pay for"),
    employerId: z.string().min(1).max(100).optional().describe("Employer plan: which employer pays"),
  })
  .refine((v) => v.plan !== "employer" || v.employerId, {
    message: "the employer plan needs an employerId",
    path: ["employerId"],
  });
export type CheckoutRequest = z.infer<typeof checkoutRequestSchema>;

export const portalRequestSchema = z.object({
  employerId: z.string().min(1).max(100).optional().describe("Manage this employer's billing instead of your own"),
});
export type PortalRequest = z.infer<typeof portalRequestSchema>;

export const billingRedirectSchema = z.object({ url: z.string() });
export type BillingRedirect = z.infer<typeof billingRedirectSchema>;

/** The 402 problem a limit gives: the web shows `detail` with a link to `upgradeUrl`. */
export const planLimitProblemType = "https://hirefolio.dev/problems/plan-limit-reached";
export const planLimitProblemSchema = z.object({
  type: z.literal(planLimitProblemType),
  title: z.string(),
  status: z.literal(402),
  detail: z.string(),
  limit: limitKeySchema,
  upgradeUrl: z.string(),
});
export type PlanLimitProblem = z.infer<typeof planLimitProblemSchema>;
