import { beforeAll, describe, expect, it } from "vitest";
import { loadOccupations } from "../../modules/reference-data/reference-data";
import { fixtureOccupation } from "./fixtures/fixture-occupations";
import { buildOccupationIndex, matchOccupations, type OccupationIndex } from "./occupation-match";

let index: OccupationIndex;
beforeAll(async () => {
  index = buildOccupationIndex(await loadOccupations());
});

const codes = (query: string, limit = 3) => matchOccupations(index, query, limit).map((m) => m.code);

describe("matchOccupations on the O*NET titles", () => {
  it("resolves abbreviations", () => {
    expect(codes("RN")[0]).toBe("29-1141.00");
    expect(codes("sr. frontend dev")).toContain("15-1254.00");
    expect(codes("acct mgr")).toEqual(expect.arrayContaining(["11-2022.00"]));
    expect(codes("swe")[0]).toBe("15-1252.00");
  });

  it("matches official, reported and alternate titles and names the one it used", () => {
    const [best] = matchOccupations(index, "software engineer", 1);
    expect(best).toMatchObject({ code: "15-1252.00", title: "Software Developers", matchedTitle: "Software Engineer" });
    expect(codes("Registered Nurses")[0]).toBe("29-1141.00");
    expect(matchOccupations(index, "registered nurses", 1)[0]!.score).toBe(1);
    expect(codes("python developer")[0]).toBe("15-1252.00");
  });

  it("prefers a specific occupation to a catch-all 'All Other' category that lists the same title", () => {
    // O*NET files "full stack engineer" under 17-2199.00 Engineers, All Other.
    expect(codes("Senior Full-Stack Engineer", 1)).toEqual(["15-1252.00"]);
    expect(codes("full stack engineer", 2)).toEqual(["15-1252.00", "15-1254.00"]);
  });

  it("tolerates misspellings through trigram matching", () => {
    expect(codes("registerd nurse")[0]).toBe("29-1141.00");
    expect(codes("acountant")).toContain("13-2011.00");
  });

  it("ranks by score, scores in 0–1, an exact title above a partial one", () => {
    const matches = matchOccupations(index, "data scientist", 10);
    expect(matches).toHaveLength(10);
    expect(matches[0]!.code).toBe("15-2051.00");
    for (const m of matches) expect(m.score).toBeGreaterThan(0);
    for (const m of matches) expect(m.score).toBeLessThanOrEqual(1);
    expect(matches[0]!.score).toBeGreaterThan(matches[9]!.score);
  });

  it("returns nothing for empty or unrelated input", () => {
    expect(matchOccupations(index, "", 5)).toEqual([]);
    expect(matchOccupations(index, "?? !!", 5)).toEqual([]);
    expect(matchOccupations(index, "qqqqxz", 5)).toEqual([]);
  });
});

describe("matchOccupations on a small index", () => {
  const small = buildOccupationIndex([
    fixtureOccupation({ code: "11-0000.01", title: "Widget Managers", alternateTitles: ["widget boss"] }),
    fixtureOccupation({ code: "11-0000.02", title: "Gadget Managers", reportedTitles: ["Gadget Lead (GL)"] }),
  ]);

  it("only knows the titles it was built with", () => {
    expect(matchOccupations(small, "widget boss", 2)[0]).toMatchObject({
      code: "11-0000.01",
      matchedTitle: "widget boss",
    });
    expect(matchOccupations(small, "GL", 2)[0]).toMatchObject({ code: "11-0000.02", matchedTitle: "GL" });
    expect(matchOccupations(small, "gadget lead", 1)[0]!.code).toBe("11-0000.02");
    // One of two equally weighted words matches each official title (cosine 1/√2); ties keep index order.
    expect(matchOccupations(small, "manager", 2)).toMatchObject([
      { code: "11-0000.01", score: Number(Math.SQRT1_2.toFixed(3)) },
      { code: "11-0000.02", score: Number(Math.SQRT1_2.toFixed(3)) },
    ]);
  });
});
