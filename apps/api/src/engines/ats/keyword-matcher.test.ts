import type { AtsVocabularyEntry } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { fixtureJobTitles, fixtureVocabulary } from "./fixtures/fixture-vocabulary";
import { extractJobKeywords } from "./keyword-extractor";
import { compareKeywords, findResumeTerms, indexUnlistedTerms } from "./keyword-matcher";
import type { ResumeField } from "./resume-text";
import { buildVocabularyIndex } from "./vocabulary-index";

const index = buildVocabularyIndex(fixtureVocabulary, fixtureJobTitles);

function compare(jd: string, fields: ResumeField[]) {
  const keywords = extractJobKeywords(jd, index);
  return compareKeywords(keywords, findResumeTerms(fields, [index, indexUnlistedTerms(keywords, index)]));
}

describe("compareKeywords", () => {
  it("tells exact, normalised and alias matches apart", () => {
    const result = compare("Intro.\nRequirements\n- REST APIs\n- managing stakeholders\n- JavaScript\n- Kubernetes", [
      { path: "work[0].highlights[0]", text: "Designed REST APIs for billing" },
      { path: "work[0].highlights[1]", text: "Managed stakeholders across finance" },
      { path: "skills[0].keywords[0]", text: "JS" },
    ]);
    expect(result.matched.map((m) => [m.keyword.term.term, m.matchedAs, m.where])).toEqual([
      ["REST APIs", "exact", ["work[0].highlights[0]"]],
      ["stakeholder management", "normalised", ["work[0].highlights[1]"]],
      ["JavaScript", "alias", ["skills[0].keywords[0]"]],
    ]);
    expect(result.missing.map((k) => k.term.term)).toEqual(["Kubernetes"]);
    expect(result.exactMatchRate).toBe(0.25);
    expect(result.normalisedMatchRate).toBe(0.75);
  });

  it("treats case as the same surface form", () => {
    const result = compare("Intro.\nRequirements\n- postgresql", [
      { path: "skills[0].keywords[0]", text: "PostgreSQL" },
    ]);
    expect(result.matched[0]?.matchedAs).toBe("exact");
  });

  it("lists every field that mentions a keyword, once each", () => {
    const result = compare("Intro.\nRequirements\n- Docker", [
      { path: "work[0].highlights[0]", text: "Docker, Docker everywhere" },
      { path: "skills[0].keywords[1]", text: "Docker" },
    ]);
    expect(result.matched[0]?.where).toEqual(["work[0].highlights[0]", "skills[0].keywords[1]"]);
  });

  it("searches the resume for credentials the vocabulary lacks", () => {
    const result = compare("Intro.\nRequirements\n- Active RPh license", [
      { path: "certificates[0].name", text: "RPh, Ohio Board of Pharmacy" },
    ]);
    expect(result.matched.map((m) => m.keyword.term.term)).toEqual(["RPh"]);
  });

  it("ranks resume skills the job does not ask for, at most 20", () => {
    const many: AtsVocabularyEntry[] = Array.from({ length: 30 }, (_, i) => ({
      id: `t${i}`,
      term: `Tool${i}x`,
      kind: "tool",
      aliases: [],
      hot: i === 29,
      inDemand: false,
      occupations: i,
    }));
    const small = buildVocabularyIndex(many);
    const fields = [{ path: "skills[0].name", text: many.map((e) => e.term).join(", ") }];
    const extra = compareKeywords([], findResumeTerms(fields, [small])).extra;
    expect(extra).toHaveLength(20);
    expect(extra.slice(0, 3)).toEqual([many[29]!.term, many[28]!.term, many[27]!.term]);
  });

  it("leaves the job title out of the extra terms and gives zero rates when the job has no keywords", () => {
    const result = compare("Nothing to see here.", [
      { path: "basics.label", text: "Software Engineer who knows Redis" },
    ]);
    expect(result.extra).toEqual(["Redis"]);
    expect([result.exactMatchRate, result.normalisedMatchRate]).toEqual([0, 0]);
  });

  it("builds no extra index when every keyword is in the vocabulary", () => {
    expect(indexUnlistedTerms(extractJobKeywords("Intro.\nRequirements\n- SQL", index), index)).toBeUndefined();
  });
});
