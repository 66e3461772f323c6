import { describe, expect, it } from "vitest";
import { decideLimit, limitFor, limitsOf, startOfUtcDay, templateDecision } from "./plans";

describe("plan limits", () => {
  it("lets the 30th free coach message through and stops the 31st with the upgrade text", () => {
    expect(decideLimit("free", "coachMessages", 29)).toEqual({ allowed: true });
    const stopped = decideLimit("free", "coachMessages", 30);
    expect(stopped).toMatchObject({ allowed: false, limit: 30, used: 30, upgradeTo: "candidate_pro" });
    expect(stopped.allowed || stopped.detail).toBe(
      "You've used your 30 free coach messages today. Upgrade to Candidate Pro for unlimited coaching.",
    );
  });

  it("gives Candidate Pro unlimited coaching, drafts and experiments", () => {
    for (const key of ["coachMessages", "suggestionDrafts", "experiments"] as const) {
      expect(decideLimit("candidate_pro", key, 1_000_000)).toEqual({ allowed: true });
    }
  });

  it("allows no experiments on Free", () => {
    expect(decideLimit("free", "experiments", 0)).toMatchObject({ allowed: false, limit: 0 });
  });

  it("counts employer seats as bought, 2 interviewers without a subscription on Free", () => {
    expect(limitFor("employer", "schedulingSeats", 5)).toBe(5);
    expect(limitFor("employer", "schedulingSeats", null)).toBeNull();
    expect(decideLimit("free", "schedulingSeats", 2)).toMatchObject({ allowed: false, upgradeTo: "employer" });
    expect(decideLimit("employer", "schedulingSeats", 4, 5)).toEqual({ allowed: true });
    expect(decideLimit("employer", "schedulingSeats", 5, 5)).toMatchObject({ allowed: false, limit: 5 });
    expect(limitsOf("employer", 3).schedulingSeats).toBe(3);
  });

  it("offers two templates on Free and all on Pro", () => {
    expect(templateDecision("free", "software-engineering")).toEqual({ allowed: true });
    expect(templateDecision("free", "finance")).toMatchObject({ allowed: false });
    expect(templateDecision("candidate_pro", "finance")).toEqual({ allowed: true });
    // Stored ids outside the catalogue render as the default template, so they are nobody's premium.
    expect(templateDecision("free", "data-science")).toEqual({ allowed: true });
  });

  it("keeps the premium template a resume already has after a downgrade, but no switch to another", () => {
    expect(templateDecision("free", "finance", "finance")).toEqual({ allowed: true });
    expect(templateDecision("free", "healthcare", "finance")).toMatchObject({ allowed: false, limit: 2 });
    expect(templateDecision("free", "data-analytics", "finance")).toEqual({ allowed: true });
  });

  it("resets daily limits at midnight UTC", () => {
    expect(startOfUtcDay(new Date("2026-03-04T23:59:59.999Z")).toISOString()).toBe("2026-03-04T00:00:00.000Z");
  });
});
