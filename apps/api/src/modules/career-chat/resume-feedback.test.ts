import type { AtsAnalysis, OccupationDetail } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { chooseResume, looksLikeJobDescription, roleJobDescription, toResumeFeedback } from "./resume-feedback";

const own = [
  { id: "0b9f3c2e-8a51-4d0e-9a55-0c2b6f1e7a10", title: "Nurse CV" },
  { id: "5d1e2f3a-4b5c-4d6e-8f70-112233445566", title: "Nurse CV 2" },
];

describe("looksLikeJobDescription", () => {
  it("tells a pasted ad from a question", () => {
    expect(looksLikeJobDescription("Is my resume good for a nurse practitioner job?")).toBe(false);
    expect(looksLikeJobDescription("Nurse Practitioner\nRequirements\n- NP licence\n- Epic")).toBe(true);
    expect(looksLikeJobDescription(`We are hiring. ${"You will care for patients. ".repeat(30)}`)).toBe(true);
  });
});

describe("chooseResume", () => {
  it("takes the latest unless the question names one by title (longest first) or id", () => {
    expect(chooseResume(own, { text: "review my resume" })).toBe(own[0]);
    expect(chooseResume(own, { text: "is nurse cv 2 any good?" })).toBe(own[1]);
    expect(chooseResume(own, { text: `check ${own[1]?.id}` })).toBe(own[1]);
    expect(chooseResume(own, { named: "Nurse CV 2", text: "" })).toBe(own[1]);
  });

  it("never falls back to another resume for an id or name the user does not own", () => {
    expect(chooseResume(own, { text: "show me resume 9e1c2d3b-0000-4000-8000-000000000000" })).toBe("unknown");
    expect(chooseResume(own, { named: "9e1c2d3b-0000-4000-8000-000000000000", text: "" })).toBe("unknown");
    expect(chooseResume([], { text: "review my resume" })).toBe("none");
  });
});

describe("roleJobDescription", () => {
  const role = {
    code: "29-1171.00",
    title: "Nurse Practitioners",
    description: "Diagnose and treat acute, episodic, or chronic illness.",
    jobZone: 5,
    skills: [
      { name: "Speaking", importance: 3.9, level: 4 },
      { name: "Critical Thinking", importance: 4.1, level: 4.5 },
    ],
    knowledge: [{ name: "Medicine and Dentistry", importance: 4.8, level: 6 }],
    technologies: [
      { name: "Epic Systems", hot: true, inDemand: true },
      { name: "Microsoft Word", hot: false, inDemand: false },
    ],
    tasks: ["Prescribe medications."],
    alternateTitles: [],
    reportedTitles: [],
    related: [],
    source: { dataset: "O*NET 29.3", period: "May 2025", citation: "O*NET" },
    wages: null,
  } satisfies OccupationDetail;

  it("requires the hot technologies and the main knowledge, and lists skills and other tools as a plus", () => {
    const text = roleJobDescription(role);
    const section = (heading: string) => text.split(`${heading}\n`)[1]?.split("\n\n")[0];
    expect(section("Requirements")).toBe("- Epic Systems\n- Medicine and Dentistry");
    expect(section("Nice to have")).toBe("- Critical Thinking\n- Speaking\n- Microsoft Word");
    // Other occupations named in the description or tasks would be read as required job titles.
    expect(text).not.toContain("Diagnose");
    expect(text).not.toContain("Prescribe");
  });
});

describe("toResumeFeedback", () => {
  const keyword = (term: string, importance: "must" | "nice", weight: number) => ({
    term,
    kind: "skill" as const,
    importance,
    weight,
    suggestion: { where: "skills", text: term },
  });
  const suggestion = (id: string, kind: "quantify" | "insert-keyword" | "rewrite-bullet") => ({
    id,
    kind,
    where: "work[0].highlights[0]",
    after: id,
    reason: id,
  });
  const analysis = {
    score: 58,
    subscores: { keywords: 40, content: 70, format: 90, contact: 100 },
    weights: { keywords: 0.4, content: 0.3, format: 0.2, contact: 0.1 },
    keywords: {
      matched: [],
      missing: [keyword("Word", "nice", 5), keyword("Epic", "must", 1), keyword("EHR", "must", 3)],
      extra: [],
      exactMatchRate: 0,
      normalisedMatchRate: 0,
    },
    checks: [],
    suggestions: [
      suggestion("a", "insert-keyword"),
      suggestion("b", "insert-keyword"),
      suggestion("c", "insert-keyword"),
      suggestion("d", "rewrite-bullet"),
    ],
  } as unknown as AtsAnalysis;

  it("lists must-haves first, then by weight, and shows one suggestion of each kind before repeats", () => {
    const feedback = toResumeFeedback(analysis, {
      resume: { id: "r1", title: "Nurse CV" },
      against: { kind: "jobDescription" },
      sources: [],
    });
    expect(feedback.missingKeywords.map((k) => k.term)).toEqual(["EHR", "Epic", "Word"]);
    expect(feedback.suggestions.map((s) => s.id)).toEqual(["a", "d", "b"]);
    expect(feedback.score).toBe(58);
  });
});
