import { describe, expect, it } from "vitest";
import { tokenise } from "./normalise";
import { findUnlistedNames } from "./unlisted-names";

const everyday = new Set(["lead", "care", "ohio", "team"]);
const find = (text: string, options: { claimed?: number[]; ownNames?: string[]; toolNearby?: boolean } = {}) => {
  const tokens = tokenise(text);
  return findUnlistedNames(
    tokens,
    tokens.map((_, i) => options.claimed?.includes(i) ?? false),
    { isKnownWord: (t) => everyday.has(t.stem), ownNames: new Set(options.ownNames ?? []) },
    options.toolNearby ?? false,
  ).map((n) => n.term.term);
};

describe("findUnlistedNames", () => {
  it("finds acronyms of three to seven characters, singular", () => {
    expect(find("Working knowledge of GAAP and SOX controls")).toEqual(["GAAP", "SOX"]);
    expect(find("Track KPIs with our 3PL partners")).toEqual(["KPI", "3PL"]);
    expect(find("Strong Excel skills: VLOOKUP", { claimed: [1] })).toEqual(["VLOOKUP"]);
  });

  it("skips two-letter acronyms, paperwork acronyms, emphasis and lines in capitals", () => {
    expect(find("Based in NC, reporting to the CFO, with PTO from day one")).toEqual([]);
    expect(find("You will LEAD the team")).toEqual([]);
    expect(find("MUST HAVE GAAP AND SOX EXPERIENCE")).toEqual([]);
  });

  it("finds product names with an inner capital and keeps the words that follow them", () => {
    expect(find("Reconcile accounts in QuickBooks daily")).toEqual(["QuickBooks"]);
    expect(find("Triage alerts in CrowdStrike Falcon")).toEqual(["CrowdStrike Falcon"]);
    expect(find("Documents live in iManage")).toEqual(["iManage"]);
  });

  it("takes a brand word only in a list of tools or after with, using or such as", () => {
    expect(find("Answer tickets in Zendesk, Intercom or Freshdesk", { toolNearby: true })).toEqual([
      "Zendesk",
      "Intercom",
      "Freshdesk",
    ]);
    expect(find("Experience with Klaviyo")).toEqual(["Klaviyo"]);
    expect(find("Analytics tools such as Mixpanel")).toEqual(["Mixpanel"]);
    expect(find("Travel as Mixpanel requires")).toEqual([]);
    expect(find("Relocate to Hartford next spring")).toEqual([]);
    expect(find("Klaviyo experience is a must", { toolNearby: true })).toEqual([]);
  });

  it("skips everyday words, the employer's own names and claimed tokens", () => {
    expect(find("Experience with Ohio regulations")).toEqual([]);
    expect(find("Experience with Bluefin tooling", { ownNames: ["Bluefin"] })).toEqual([]);
    expect(find("Knowledge of GAAP", { claimed: [2] })).toEqual([]);
  });

  it("reads an acronym in brackets as short for the words before it", () => {
    const tokens = tokenise("Provide medication therapy management (MTM) and design for manufacturing (DFM)");
    const names = findUnlistedNames(
      tokens,
      tokens.map(() => false),
      { isKnownWord: () => false, ownNames: new Set() },
      false,
    );
    expect(names.map((n) => [n.term.term, n.stems, n.abbreviation])).toEqual([
      ["medication therapy management", "medication therapy management", "mtm"],
      ["design for manufacturing", "design for manufactur", "dfm"],
    ]);
    expect(names[0]).toMatchObject({ start: 1, end: 5 });
  });
});
