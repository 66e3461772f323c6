import { describe, expect, it } from "vitest";
import { type BadgeFacts, badgeDefinitions, badgeProgress } from "./badge-rules";

const nothing: BadgeFacts = {
  applications: 0,
  profile: { headline: false, location: false, targetRole: false, skills: 0, avatar: false, bio: false },
  readyVideos: 0,
  bestAtsScore: null,
  bookedInterviews: 0,
  publicPortfolio: false,
  portfolioProjects: 0,
  approvedTestimonials: 0,
};
const fullProfile = { headline: true, location: true, targetRole: true, skills: 3, avatar: true, bio: true };

const progressOf = (facts: Partial<BadgeFacts>, badge: string) => {
  const found = badgeProgress({ ...nothing, ...facts }).find((p) => p.badge === badge);
  if (!found) throw new Error(`no progress for ${badge}`);
  return found;
};
const earnedBy = (facts: Partial<BadgeFacts>) =>
  badgeProgress({ ...nothing, ...facts })
    .filter((p) => p.earned)
    .map((p) => p.badge);

describe("badge rules", () => {
  it("awards nothing without activity and names a next step for every badge", () => {
    const progress = badgeProgress(nothing);
    expect(progress.map((p) => p.badge)).toEqual(badgeDefinitions.map((d) => d.id));
    expect(progress.filter((p) => p.earned)).toEqual([]);
    for (const p of progress) expect(p.hint.length).toBeGreaterThan(5);
  });

  it("earns each badge from its own fact only", () => {
    expect(earnedBy({ applications: 1 })).toEqual(["first-application"]);
    expect(earnedBy({ profile: fullProfile })).toEqual(["profile-complete"]);
    expect(earnedBy({ readyVideos: 1 })).toEqual(["video-intro"]);
    expect(earnedBy({ bestAtsScore: 80 })).toEqual(["ats-80"]);
    expect(earnedBy({ bookedInterviews: 2 })).toEqual(["first-interview"]);
    expect(earnedBy({ publicPortfolio: true, portfolioProjects: 1 })).toEqual(["portfolio-published"]);
    expect(earnedBy({ approvedTestimonials: 3 })).toEqual(["endorsed-3"]);
  });

  it("counts endorsements towards three", () => {
    expect(progressOf({ approvedTestimonials: 2 }, "endorsed-3")).toMatchObject({
      earned: false,
      current: 2,
      target: 3,
      hint: "2 of 3 endorsements",
    });
    expect(progressOf({ approvedTestimonials: 7 }, "endorsed-3")).toMatchObject({ earned: true, current: 3 });
  });

  it("needs an ATS score of at least 80, and says how far the best one is", () => {
    expect(progressOf({ bestAtsScore: 79 }, "ats-80")).toMatchObject({
      earned: false,
      current: 79,
      hint: "Best ATS score 79 of 80 needed",
    });
    expect(progressOf({ bestAtsScore: 95 }, "ats-80")).toMatchObject({ earned: true, current: 80 });
    expect(progressOf({ bestAtsScore: null }, "ats-80").hint).toBe("Check a resume against a job description");
  });

  it("lists what a profile still lacks", () => {
    const partial = { ...fullProfile, location: false, skills: 1, avatar: false };
    expect(progressOf({ profile: partial }, "profile-complete")).toMatchObject({
      earned: false,
      current: 3,
      target: 6,
      hint: "3 of 6 done: add a location, 2 more skills and a photo",
    });
    expect(progressOf({ profile: { ...fullProfile, bio: false } }, "profile-complete").hint).toBe(
      "5 of 6 done: add a bio",
    );
  });

  it("needs a public portfolio and a project for the portfolio badge", () => {
    expect(progressOf({ publicPortfolio: true }, "portfolio-published")).toMatchObject({
      earned: false,
      hint: "Add a project to your portfolio",
    });
    expect(progressOf({ portfolioProjects: 2 }, "portfolio-published")).toMatchObject({
      earned: false,
      hint: "Make your portfolio public",
    });
  });
});
