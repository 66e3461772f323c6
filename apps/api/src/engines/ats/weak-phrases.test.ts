import { describe, expect, it } from "vitest";
import { findWeakPhrase, leadingWeakPhrase } from "./weak-phrases";

describe("findWeakPhrase", () => {
  it.each([
    ["Responsible for managing the API team", "responsible for"],
    ["Duties included answering phones", "duties included"],
    ["Helped with the migration", "helped with"],
    ["Worked on the billing service", "worked on"],
    ["Built a tool that helped reduce errors", "helped"],
  ])("%j has %j", (text, phrase) => {
    expect(findWeakPhrase(text)).toBe(phrase);
  });

  it("passes strong bullets", () => {
    expect(findWeakPhrase("Led the API team of 6 engineers")).toBeUndefined();
    expect(findWeakPhrase("Networked with partners")).toBeUndefined();
  });

  it("finds the weak opener and the words after it, even after a pronoun", () => {
    expect(leadingWeakPhrase("I was responsible for  hiring")).toMatchObject({
      weak: { phrase: "was responsible for" },
      rest: "hiring",
    });
    expect(leadingWeakPhrase("Built a tool that helped")).toBeUndefined();
  });
});
