import { describe, expect, it } from "vitest";
import { titleTerms, titleVariants, trigrams } from "./title-terms";

describe("titleTerms", () => {
  it("expands abbreviations and stems, so shorthand and full titles meet", () => {
    expect(titleTerms("Sr. Frontend Dev")).toEqual(titleTerms("Senior Front End Developers"));
    expect(titleTerms("RN")).toEqual(titleTerms("Registered Nurse"));
    expect(titleTerms("acct mgr")).toEqual(titleTerms("Account Manager"));
    expect(titleTerms("VP, Ops")).toEqual(titleTerms("Vice President of Operations"));
  });

  it("drops grades and joiners but keeps the words that tell jobs apart", () => {
    expect(titleTerms("Accountant II")).toEqual(titleTerms("accountant"));
    expect(titleTerms("Heating and Air Conditioning Mechanic")).toEqual(["heat", "air", "condition", "mechanic"]);
    expect(titleTerms("  ")).toEqual([]);
  });

  it("treats words that look like object keys as plain words", () => {
    expect(titleTerms("constructor")).toEqual(["constructor"]);
  });
});

describe("titleVariants", () => {
  it("splits a trailing parenthesis into a second form", () => {
    expect(titleVariants("CEO (Chief Executive Officer)")).toEqual(["CEO", "Chief Executive Officer"]);
    expect(titleVariants("Registered Nurse")).toEqual(["Registered Nurse"]);
  });
});

describe("trigrams", () => {
  it("pads the word so its first and last letters count", () => {
    expect(trigrams("rn")).toEqual([" rn", "rn "]);
    expect(trigrams("nurse")).toEqual([" nu", "nur", "urs", "rse", "se "]);
  });
});
