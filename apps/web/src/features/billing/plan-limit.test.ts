import { planLimitProblemType } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/api-client";
import { planLimitOf } from "./plan-limit";

const body = {
  type: planLimitProblemType,
  title: "Plan limit reached",
  status: 402,
  detail: "You've used your 30 free coach messages today. Upgrade to Candidate Pro for unlimited coaching.",
  limit: "coachMessages",
  upgradeUrl: "/settings/billing",
};

describe("planLimitOf", () => {
  it("reads the limit from the API client's error and from useChat's error message", () => {
    const expected = { detail: body.detail, upgradeUrl: "/settings/billing" };
    expect(planLimitOf(new ApiError(body))).toEqual(expected);
    expect(planLimitOf(new Error(JSON.stringify(body)))).toEqual(expected);
  });

  it("is null for every other failure", () => {
    expect(planLimitOf(new ApiError({ type: "rate-limited", title: "Too many", status: 429 }))).toBeNull();
    expect(planLimitOf(new Error("The coach could not answer."))).toBeNull();
    expect(planLimitOf(new TypeError("Failed to fetch"))).toBeNull();
    expect(planLimitOf("nope")).toBeNull();
  });
});
