import type { AtsVocabularyEntry } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { fixtureJobTitles, fixtureVocabulary } from "./fixtures/fixture-vocabulary";
import { tokenise } from "./normalise";
import { buildVocabularyIndex, findPhrases } from "./vocabulary-index";

function entry(term: string, aliases: string[] = [], extra: Partial<AtsVocabularyEntry> = {}): AtsVocabularyEntry {
  return { id: term, term, kind: "tool", aliases, hot: false, inDemand: false, occupations: 1, ...extra };
}

const index = buildVocabularyIndex(fixtureVocabulary, fixtureJobTitles);
const found = (text: string, idx = index) => findPhrases(idx, tokenise(text)).map((h) => h.term.term);

describe("findPhrases", () => {
  it("prefers the longest phrase", () => {
    const small = buildVocabularyIndex([
      entry("learning"),
      entry("machine learning"),
      entry("machine learning engineering"),
      entry("Spark"),
      entry("Apache Spark"),
    ]);
    expect(found("machine learning and learning on Apache Spark", small)).toEqual([
      "machine learning",
      "learning",
      "Apache Spark",
    ]);
    expect(found("Machine Learning Engineering", small)).toEqual(["machine learning engineering"]);
  });

  it("folds aliases into their entry", () => {
    expect(found("JS, k8s, Golang, GCP and Postgres")).toEqual([
      "JavaScript",
      "Kubernetes",
      "Go",
      "Google Cloud Platform",
      "PostgreSQL",
    ]);
    const [js] = findPhrases(index, tokenise("JS"));
    expect(js?.isAlias).toBe(true);
  });

  it("matches inflected forms through stems", () => {
    expect(found("designed wireframes, ran usability tests")).toEqual(["wireframing", "usability testing"]);
    expect(found("Managing Stakeholders and writing unit tests")).toEqual(["stakeholder management", "unit testing"]);
  });

  it("matches tech names with symbols exactly", () => {
    expect(found("C++ and C# on Node.js with CI/CD")).toEqual(["C++", "C#", "Node.js", "CI/CD"]);
  });

  it("only counts everyday words when they are written as names", () => {
    expect(found("Go, R, Excel and REST")).toEqual(["Go", "R", "Microsoft Excel", "REST APIs"]);
    expect(found("go live, r and d, excel at it, rest of the team")).toEqual([]);
    expect(found("a Go-getter attitude")).toEqual([]);
  });

  it("reads the derived vocabulary's lowercase one-word aliases as names", () => {
    const derived = buildVocabularyIndex([
      entry("Storage area network", ["san"]),
      entry("Bentley Navigator", ["navigator"]),
      entry("Apple iOS", ["ios"]),
      entry("IMPACT"),
    ]);
    expect(found("South San Francisco, a navigator, the impact", derived)).toEqual([]);
    expect(found("SAN arrays, Navigator, iOS and IMPACT", derived)).toEqual([
      "Storage area network",
      "Bentley Navigator",
      "Apple iOS",
      "IMPACT",
    ]);
  });

  it("wants a one-word tool name as written, but lets skills inflect", () => {
    const names = buildVocabularyIndex([
      entry("Rapide"),
      entry("Ferret"),
      entry("GPU"),
      entry("budgeting", [], { kind: "skill" }),
      entry("accounting", [], { kind: "knowledge" }),
    ]);
    expect(found("rapid growth, ferrets, GPUs, budgets", names)).toEqual(["GPU", "budgeting"]);
    expect(found("accounts payable and accounting", names)).toEqual(["accounting"]);
  });

  it("does not let a phrase run across punctuation", () => {
    const small = buildVocabularyIndex([entry("AWS"), entry("Amazon S3", ["AWS S3"]), entry("S3")]);
    expect(found("AWS (S3, EMR)", small)).toEqual(["AWS", "S3"]);
    expect(found("AWS S3 buckets", small)).toEqual(["Amazon S3"]);
  });

  it("ignores single generic words that taxonomies list as skills", () => {
    const generic = buildVocabularyIndex([entry("data"), entry("management"), entry("data analysis"), entry("the")]);
    expect(found("data, management and the data analysis", generic)).toEqual(["data analysis"]);
    const titles = buildVocabularyIndex(
      [],
      [{ title: "Telecommunications Engineers", alternates: ["engineer", "telecom engineer"] }],
    );
    expect(found("an engineer, a telecom engineer", titles)).toEqual(["Telecommunications Engineers"]);
  });

  it("prefers the entry named by a phrase over one that lists it as an alias, then the more common one", () => {
    const shared = buildVocabularyIndex([
      entry("Statistics tool", ["SPSS"], { id: "a", occupations: 90 }),
      entry("SPSS", [], { id: "b", occupations: 1 }),
      entry("Tableau", [], { id: "rare", occupations: 1 }),
      entry("Tableau Desktop", ["Tableau"], { id: "common", occupations: 50 }),
    ]);
    expect(findPhrases(shared, tokenise("SPSS")).map((h) => h.term.id)).toEqual(["b"]);
    expect(findPhrases(shared, tokenise("Tableau")).map((h) => h.term.id)).toEqual(["rare"]);
  });

  it("finds job titles and their alternates", () => {
    expect(found("Senior Software Engineer")).toEqual(["Software Engineer"]);
    const [hit] = findPhrases(index, tokenise("Full-Stack Developer"));
    expect(hit?.term.kind).toBe("title");
    expect(hit?.isAlias).toBe(true);
  });

  it("reports the surface and the stems of each hit", () => {
    const [hit] = findPhrases(index, tokenise("REST APIs"));
    expect(hit).toMatchObject({ surface: "rest apis", stems: "rest api", start: 0, end: 2, isAlias: false });
  });

  it("counts distinct phrases and terms", () => {
    const small = buildVocabularyIndex([
      entry("JavaScript", ["JS", "javascript"]),
      entry("JavaScript", ["ECMAScript"]),
    ]);
    expect(small.terms.size).toBe(1);
    expect(small.phraseCount).toBe(2);
  });
});
