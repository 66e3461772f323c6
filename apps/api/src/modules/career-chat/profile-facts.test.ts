import { describe, expect, it } from "vitest";
import { factsFromProfile, profileFieldsFrom, profileJobTitle } from "./profile-facts";

describe("profileJobTitle", () => {
  it.each([
    ["Full-stack developer who ships accessible web apps", "Full-stack developer"],
    ["Senior Full-Stack Engineer", "Full-Stack Engineer"],
    ["Registered nurse at St. Mary's", "Registered nurse"],
    ["Web developer · React, TypeScript", "Web developer"],
    ["· 🚀", undefined],
  ])("%s → %s", (text, title) => {
    expect(profileJobTitle(text)).toBe(title);
  });
});

describe("factsFromProfile", () => {
  const scores: Record<string, { code: string; score: number }> = {
    "Full-stack developer": { code: "15-1252.00", score: 0.98 },
    "Full-Stack Engineer": { code: "15-1254.00", score: 0.75 },
    Casey: { code: "51-7041.00", score: 0.83 },
  };
  const match = async (title: string) => scores[title];
  const profile = { headline: "Full-stack developer who ships web apps", targetRole: "Senior Full-Stack Engineer" };

  it("takes the target role, a headline that is clearly a job title, and the location", async () => {
    expect(await factsFromProfile({ ...profile, location: "Hamburg, Germany" }, {}, match)).toEqual({
      currentRole: "15-1252.00",
      targetRole: "15-1254.00",
      location: "Hamburg, Germany",
    });
  });

  it("keeps what the conversation knows and ignores a headline that only looks like a title", async () => {
    const known = { targetRole: "29-1171.00", location: "Austin, TX" };
    expect(await factsFromProfile({ ...profile, headline: "Casey", location: "Hamburg" }, known, match)).toEqual(known);
  });
});

describe("profileFieldsFrom", () => {
  it("puts the user's words into the profile's fields", () => {
    expect(profileFieldsFrom({ currentRole: "registered nurse", targetRole: "nurse practitioner" })).toEqual({
      headline: "Registered nurse",
      targetRole: "Nurse practitioner",
    });
    expect(profileFieldsFrom({ location: "Austin, TX" })).toEqual({ location: "Austin, TX" });
    expect(profileFieldsFrom({})).toEqual({});
  });
});
