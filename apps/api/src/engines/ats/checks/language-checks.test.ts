import { describe, expect, it } from "vitest";
import { strongResume } from "../fixtures/strong-resume";
import { collectResumeFields } from "../resume-text";
import { checkLanguage, isNarrativeField } from "./language-checks";

const run = (fields: { path: string; text: string }[]) => checkLanguage(fields).map((c) => [c.id, c.where]);

describe("checkLanguage", () => {
  it("passes the strong resume", () => {
    expect(run(collectResumeFields(strongResume()))).toEqual([]);
  });

  it("flags pronouns, weak phrases and clichés in the summary and bullets", () => {
    expect(
      run([
        { path: "basics.summary", text: "I am a results-driven team player." },
        { path: "work[0].highlights[0]", text: "Responsible for our release process" },
      ]),
    ).toEqual([
      ["language.first-person", "basics.summary"],
      ["language.cliche", "basics.summary"],
      ["language.first-person", "work[0].highlights[0]"],
      ["language.weak-phrase", "work[0].highlights[0]"],
    ]);
  });

  it("leaves other fields' wording alone but flags placeholders anywhere", () => {
    expect(
      run([
        { path: "awards[0].title", text: "Team player of the year" },
        { path: "skills[0].keywords[0]", text: "[skill]" },
      ]),
    ).toEqual([["language.unfilled-placeholder", "skills[0].keywords[0]"]]);
  });

  it.each([
    ["basics.summary", true],
    ["basics.label", true],
    ["work[2].highlights[10]", true],
    ["projects[0].summary", true],
    ["volunteer[1].highlights[0]", true],
    ["basics.name", false],
    ["skills[0].keywords[0]", false],
    ["references[0].reference", false],
  ])("%s is narrative: %s", (path, expected) => {
    expect(isNarrativeField(path)).toBe(expected);
  });
});
