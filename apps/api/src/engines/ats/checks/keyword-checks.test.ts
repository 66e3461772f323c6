import { describe, expect, it } from "vitest";
import type { JobKeyword } from "../keyword-extractor";
import type { KeywordComparison } from "../keyword-matcher";
import { checkKeywords } from "./keyword-checks";

function keyword(
  term: string,
  kind: JobKeyword["term"]["kind"] = "tool",
  importance: "must" | "nice" = "must",
): JobKeyword {
  return {
    term: { id: term, term, kind, hot: false, inDemand: false, occupations: 0 },
    importance,
    weight: 1,
    mentions: 1,
    surfaces: new Set([term.toLowerCase()]),
    stems: new Set([term.toLowerCase()]),
    contextStems: new Set(),
  };
}

function comparison(matched: JobKeyword[], missing: JobKeyword[]): KeywordComparison {
  return {
    matched: matched.map((k) => ({ keyword: k, matchedAs: "exact", where: ["skills[0].keywords[0]"] })),
    missing,
    extra: [],
    exactMatchRate: 0,
    normalisedMatchRate: 0,
  };
}

const ids = (c: KeywordComparison) => checkKeywords(c).map((check) => check.id);

describe("checkKeywords", () => {
  it("notes a job description without recognised keywords", () => {
    expect(ids(comparison([], []))).toEqual(["keywords.none-found"]);
  });

  it("flags a missing job title", () => {
    expect(ids(comparison([keyword("SQL")], [keyword("Data Analyst", "title")]))).toEqual([
      "keywords.title-missing",
      "keywords.few-must-haves",
    ]);
  });

  it("flags fewer than 60% of must-haves, ignoring nice-to-haves", () => {
    const musts = ["A1", "B1", "C1", "D1", "E1"].map((t) => keyword(t));
    expect(ids(comparison(musts.slice(0, 3), [...musts.slice(3), keyword("Z1", "tool", "nice")]))).toEqual([]);
    expect(ids(comparison(musts.slice(0, 2), musts.slice(2)))).toEqual(["keywords.few-must-haves"]);
  });
});
