import { describe, expect, it } from "vitest";
import { strongResume } from "./fixtures/strong-resume";
import type { JobKeyword } from "./keyword-extractor";
import type { KeywordMatch } from "./keyword-matcher";
import { draftSummary, suggestSummary } from "./summary-suggestion";

function match(term: string, weight: number, where: string[], kind: JobKeyword["term"]["kind"] = "tool"): KeywordMatch {
  const keyword: JobKeyword = {
    term: { id: term, term, kind, hot: false, inDemand: false, occupations: 0 },
    importance: "must",
    weight,
    mentions: 1,
    surfaces: new Set(),
    stems: new Set(),
    contextStems: new Set(),
  };
  return { keyword, matchedAs: "exact", where };
}

const matched = [
  match("Software Engineer", 1.5, ["basics.label"], "title"),
  match("SQL", 1, ["skills[0].keywords[2]"]),
  match("TypeScript", 1.25, ["skills[0].keywords[0]"]),
  match("Docker", 0.9, ["skills[1].keywords[3]"]),
  match("Redis", 0.4, ["skills[1].keywords[2]"]),
];

describe("suggestSummary", () => {
  it("writes a template from the headline and the heaviest matched skills when the summary is missing", () => {
    const resume = strongResume();
    delete resume.basics!.summary;
    expect(suggestSummary(resume, matched)).toEqual({
      id: "summary",
      kind: "summary",
      where: "basics.summary",
      after:
        "Backend Software Engineer with [N] years of experience in TypeScript, SQL and Docker. [Your biggest result, with its figure]. [What you want to do next].",
      reason:
        "A short summary at the top tells the reader and the ATS who you are. Replace each [placeholder] with your own words.",
    });
  });

  it("keeps the old summary as before, and its words when it is long enough", () => {
    const resume = strongResume();
    resume.basics!.summary = "Engineer.";
    expect(suggestSummary(resume, matched)).toMatchObject({
      before: "Engineer.",
      reason: expect.stringMatching(/too short/),
    });
    resume.basics!.summary = "A curious person who enjoys long walks and building things.";
    expect(suggestSummary(resume, matched)).toMatchObject({
      reason: expect.stringMatching(/names none of the job's keywords/),
      after:
        "Backend Software Engineer with [N] years of experience in TypeScript, SQL and Docker. A curious person who enjoys long walks and building things.",
    });
  });

  it("is quiet when the summary already names a keyword", () => {
    expect(suggestSummary(strongResume(), [...matched, match("Node.js", 1, ["basics.summary"])])).toBeUndefined();
  });

  it("uses placeholders when nothing matched and there is no headline", () => {
    const after = suggestSummary({ basics: {} }, [])?.after;
    expect(after).toBe(
      "[Your title] with [N] years of experience in [your top skills]. [Your biggest result, with its figure]. [What you want to do next].",
    );
  });
});

describe("draftSummary", () => {
  it("always drafts, with the years when known and at most three strengths", () => {
    const resume = strongResume();
    resume.basics!.summary = "Engineer.";
    expect(draftSummary(resume, { strengths: ["Go", "SQL", "Kafka", "Redis"], years: 7 })).toBe(
      "Backend Software Engineer with 7 years of experience in Go, SQL and Kafka. [Your biggest result, with its figure]. [What you want to do next].",
    );
  });

  it("keeps a long enough summary after the opening sentence", () => {
    const resume = strongResume();
    resume.basics!.summary = "A curious person who enjoys long walks and building things.";
    expect(draftSummary(resume, { strengths: [] })).toBe(
      "Backend Software Engineer with [N] years of experience in [your top skills]. A curious person who enjoys long walks and building things.",
    );
  });
});

describe("draftSummary without a headline", () => {
  it("takes the title of the newest role", () => {
    const resume = { basics: {}, work: [{ position: "Frontend Engineer" }, { position: "Intern" }] };
    expect(draftSummary(resume, { strengths: ["React"] })).toMatch(
      /^Frontend Engineer with \[N\] years of experience in React\./,
    );
  });
});
