import { describe, expect, it } from "vitest";
import { loadOccupationSimilarity, loadOccupations } from "../../modules/reference-data/reference-data";
import { element, fixtureOccupation } from "./fixtures/fixture-occupations";
import { buildCareerIndex } from "./index";
import {
  buildSimilarityModel,
  decodeSimilarityRows,
  encodeSimilarityRows,
  occupationSimilarity,
  similarityModelFromMatrix,
  similarityRow,
} from "./occupation-similarity";

const nurseSkills = [element("Service Orientation", 4.5, 5), element("Science", 3.5, 4), element("Programming", 1, 0)];
const devSkills = [element("Service Orientation", 2, 2), element("Science", 2.5, 3), element("Programming", 4.8, 6)];
const interests = (realistic: number, investigative: number, social: number) => ({
  realistic,
  investigative,
  artistic: 1,
  social,
  enterprising: 2,
  conventional: 2,
});
const nurseTasks = [
  { statement: "Administer medications to patients and monitor patients for reactions.", core: true },
  { statement: "Record patients' medical information and vital signs.", core: true },
];
const devTasks = [
  { statement: "Modify existing software to correct errors and improve performance.", core: true },
  { statement: "Analyze user needs and software requirements to determine design feasibility.", core: true },
];

const occupations = [
  fixtureOccupation({
    code: "29-1141.00",
    title: "Registered Nurses",
    skills: nurseSkills,
    interests: interests(2, 4, 7),
    tasks: nurseTasks,
    alternateTitles: ["staff nurse"],
  }),
  fixtureOccupation({
    code: "29-1141.01",
    title: "Acute Care Nurses",
    skills: nurseSkills,
    interests: interests(2, 4, 6.5),
    tasks: [...nurseTasks, { statement: "Monitor patients in intensive care.", core: true }],
    alternateTitles: ["icu nurse"],
  }),
  fixtureOccupation({
    code: "15-1252.00",
    title: "Software Developers",
    skills: devSkills,
    interests: interests(3, 6, 2),
    tasks: devTasks,
    alternateTitles: ["software engineer"],
  }),
  fixtureOccupation({
    code: "15-1253.00",
    title: "Software Quality Assurance Analysts and Testers",
    skills: devSkills,
    interests: interests(3, 5.5, 2),
    tasks: [...devTasks, { statement: "Document software defects.", core: false }],
    alternateTitles: ["software tester"],
  }),
  // O*NET has no tasks for residual codes: they are never offered as a neighbour.
  fixtureOccupation({ code: "29-1199.00", title: "Health Practitioners, All Other", skills: nurseSkills }),
];

describe("buildSimilarityModel", () => {
  const model = buildSimilarityModel(occupations);

  it("scores an occupation closest to its own kind, in 0–1", () => {
    expect(occupationSimilarity(model, "29-1141.00", "29-1141.01")!).toBeGreaterThan(0.6);
    expect(occupationSimilarity(model, "15-1252.00", "15-1253.00")!).toBeGreaterThan(0.6);
    expect(occupationSimilarity(model, "29-1141.00", "15-1252.00")!).toBeLessThan(0.2);
    for (const x of similarityRow(model, 0)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1.000001);
    }
    expect(occupationSimilarity(model, "29-1141.00", "99-9999.99")).toBeUndefined();
  });

  it("is symmetric", () => {
    expect(occupationSimilarity(model, "29-1141.00", "15-1253.00")).toBeCloseTo(
      occupationSimilarity(model, "15-1253.00", "29-1141.00")!,
      10,
    );
  });

  it("keeps neighbours most similar first, without itself or occupations O*NET does not profile", () => {
    const neighbours = model.neighbours[0]!.map((n) => occupations[n.occupation]!.code);
    expect(neighbours[0]).toBe("29-1141.01");
    expect(neighbours).not.toContain("29-1141.00");
    expect(neighbours).not.toContain("29-1199.00");
    const similarities = model.neighbours[0]!.map((n) => n.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
  });

  it("never reads O*NET's Related Occupations", () => {
    const withRelated = occupations.map((o) => ({ ...o, related: occupations.map((x) => x.code).reverse() }));
    expect(buildSimilarityModel(withRelated).neighbours).toEqual(model.neighbours);
  });
});

describe("stored similarities", () => {
  const model = buildSimilarityModel(occupations);

  it("decode to the matrix and neighbours the model computed", () => {
    const matrix = decodeSimilarityRows(encodeSimilarityRows(model));
    expect(matrix).toEqual(model.matrix);
    expect(similarityModelFromMatrix(occupations, matrix).neighbours).toEqual(model.neighbours);
  });

  it("reject a row of the wrong length and rows of other occupations", () => {
    const rows = encodeSimilarityRows(model);
    expect(() => decodeSimilarityRows([...rows.slice(0, 2), rows[1]!])).toThrow("row 2");
    const stored = rows.map((below, i) => ({ code: occupations[i]!.code, below }));
    expect(() => buildCareerIndex(occupations, stored.toReversed(), [])).toThrow("npm run data");
    expect(buildCareerIndex(occupations, stored, []).similarity.neighbours).toEqual(model.neighbours);
  });

  it("in data/ are what the model computes from data/occupations.json.gz (else run `npm run data`)", async () => {
    const [all, rows] = await Promise.all([loadOccupations(), loadOccupationSimilarity()]);
    expect(rows.map((r) => r.code)).toEqual(all.map((o) => o.code));
    expect(encodeSimilarityRows(buildSimilarityModel(all))).toEqual(rows.map((r) => r.below));
  }, 60_000);
});
