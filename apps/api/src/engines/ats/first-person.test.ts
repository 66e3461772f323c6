import { describe, expect, it } from "vitest";
import { findFirstPerson } from "./first-person";

describe("findFirstPerson", () => {
  it.each([
    ["I built the pipeline", "I"],
    ["Built my first app", "my"],
    ["We shipped it", "We"],
    ["Our team grew", "Our"],
    ["Helped us hire", "us"],
    ["I'm a nurse", "I'm"],
  ])("%j has %j", (text, pronoun) => {
    expect(findFirstPerson(text)).toBe(pronoun);
  });

  it("does not mistake the US or a lowercase i for a pronoun", () => {
    expect(findFirstPerson("Expanded into the US market")).toBeUndefined();
    expect(findFirstPerson("Built the iOS app, i.e. the client")).toBeUndefined();
  });
});
