import { describe, expect, it } from "vitest";
import { findCertificationAcronyms } from "./certification-acronyms";
import { tokenise } from "./normalise";

const find = (text: string, claimed: number[] = []) => {
  const tokens = tokenise(text);
  return findCertificationAcronyms(
    tokens,
    tokens.map((_, i) => claimed.includes(i)),
  ).map((t) => t.term);
};

describe("findCertificationAcronyms", () => {
  it("finds acronyms near certification and licence words", () => {
    expect(find("Current BLS and ACLS certifications")).toEqual(["BLS", "ACLS"]);
    expect(find("Active RN license in Ohio")).toEqual(["RN"]);
    expect(find("Certified in PALS")).toEqual(["PALS"]);
    expect(find("CPA licensure or progress toward it")).toEqual(["CPA"]);
    expect(find("PharmD and an active RPh license")).toEqual(["PharmD", "RPh"]);
  });

  it("ignores acronyms far from a cue, common capitalised words and claimed tokens", () => {
    expect(find("Experience with SQL and AWS is required")).toEqual([]);
    expect(find("A US driver license")).toEqual([]);
    expect(find("Ohio license")).toEqual([]);
    expect(find("Paralegal certificate from an ABA-approved program")).toEqual([]);
    expect(find("BLS certification", [0])).toEqual([]);
  });

  it("ignores lines written in capitals", () => {
    expect(find("MUST HOLD ACTIVE STATE LICENSE")).toEqual([]);
  });

  it("returns certification terms with stable ids", () => {
    const tokens = tokenise("BLS certification");
    expect(findCertificationAcronyms(tokens, [false, false])[0]).toMatchObject({
      id: "cert:bls",
      kind: "certification",
    });
  });
});
