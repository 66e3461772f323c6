import { describe, expect, it } from "vitest";
import { fixtureJobTitles, fixtureVocabulary } from "./fixtures/fixture-vocabulary";
import { extractJobKeywords } from "./keyword-extractor";
import { buildVocabularyIndex } from "./vocabulary-index";

const index = buildVocabularyIndex(fixtureVocabulary, fixtureJobTitles);
const extract = (jd: string) => extractJobKeywords(jd, index);
const summary = (jd: string) => extract(jd).map((k) => [k.term.term, k.importance, k.weight]);

describe("extractJobKeywords", () => {
  it("classifies must-have and nice-to-have by section", () => {
    const jd = [
      "Data Analyst",
      "Requirements",
      "- Advanced SQL and Tableau",
      "Responsibilities",
      "- Build dashboards with data visualization best practices",
      "Nice to have",
      "- Python or R",
    ].join("\n");
    expect(summary(jd)).toEqual([
      ["Data Analyst", "must", 1.5],
      ["SQL", "must", 1],
      ["Tableau", "must", 1],
      ["data visualization", "must", 0.9],
      ["Python", "nice", 0.4],
      ["R", "nice", 0.4],
    ]);
  });

  it("raises the weight of repeated keywords and counts a line once", () => {
    const jd = "Intro.\nRequirements\n- SQL, SQL and more SQL\n- SQL reporting\n- SQL tuning\n- Excel";
    const [sql, excel] = extract(jd);
    expect(sql).toMatchObject({ mentions: 3, weight: 1.5 });
    expect(excel).toMatchObject({ mentions: 1, weight: 1 });
  });

  it("makes a keyword a must when any mention is in a must section", () => {
    const jd = "Intro.\nNice to have\n- Kubernetes\nRequirements\n- Kubernetes in production";
    expect(summary(jd)).toEqual([["Kubernetes", "must", 1.25]]);
  });

  it("folds aliases and different spellings into one keyword and keeps every surface form", () => {
    const [js] = extract("Intro.\nRequirements\n- JavaScript\n- JS testing\n- javascript tooling");
    expect(js?.term.term).toBe("JavaScript");
    expect([...js!.surfaces].sort()).toEqual(["javascript", "js"]);
    expect(js?.mentions).toBe(3);
  });

  it("takes the job title from the title line, not from colleagues named in the body", () => {
    const jd = "Senior Data Analyst\nYou will partner with the Product Manager and Data Engineers.";
    expect(
      extract(jd)
        .filter((k) => k.term.kind === "title")
        .map((k) => k.term.term),
    ).toEqual(["Data Analyst"]);
  });

  it("shows the job title in the posting's words, not the occupation's formal name", () => {
    const occupations = buildVocabularyIndex([], [{ title: "Software Developers", alternates: ["software engineer"] }]);
    const [title] = extractJobKeywords("Senior Software Engineer, Payments\nWe build things.", occupations);
    expect(title?.term).toMatchObject({ term: "Software Engineer", kind: "title", id: "title:software developers" });
  });

  it("falls back to a title in the introduction when the first line has none", () => {
    const jd = "Join Acme Health!\nWe are hiring a Registered Nurse for our night team.\nRequirements\n- BLS";
    expect(extract(jd).map((k) => k.term.term)).toEqual(["Registered Nurse", "Basic Life Support"]);
  });

  it("finds credentials the vocabulary lacks and ignores benefits and company blurbs", () => {
    const jd = [
      "Pharmacist",
      "About us",
      "We run our pharmacy on Epic and Python.",
      "Requirements",
      "- Active RPh license and BCPS certification",
      "Benefits",
      "- Excel training budget",
    ].join("\n");
    expect(summary(jd)).toEqual([
      ["RPh", "must", 1],
      ["BCPS", "must", 1],
    ]);
  });

  it("finds names the vocabulary lacks where the candidate is asked for them, not in the introduction", () => {
    const jd = [
      "Staff Pharmacist",
      "Bluefin Pharmacy serves Ohio and follows HIPAA.",
      "Requirements",
      "- Working knowledge of HIPAA and DSCSA",
      "- Dispensing in PioneerRx",
      "Nice to have",
      "- Experience with Bluefin tooling",
      "- Experience with Klaviyo",
    ].join("\n");
    expect(summary(jd)).toEqual([
      ["HIPAA", "must", 1],
      ["DSCSA", "must", 1],
      ["PioneerRx", "must", 1],
      ["Klaviyo", "nice", 0.4],
    ]);
  });

  it("joins a name to the product or standard it follows and spells out a bracketed acronym", () => {
    const jd = "Intro.\nRequirements\n- Controls of NIST CSF\n- Medication therapy management (MTM)";
    const keywords = extract(jd);
    expect(keywords.map((k) => k.term.term)).toEqual(["NIST CSF", "Medication therapy management"]);
    expect([...keywords[1]!.surfaces]).toEqual(["medication therapy management", "mtm"]);
  });

  it("does not join a generic technical noun to the tool before it", () => {
    const keywords = extract("Intro.\nRequirements\n- Experience with GraphQL APIs and the Stripe SDK");
    expect(keywords.map((k) => k.term.term)).toContain("GraphQL");
    expect(keywords.map((k) => k.term.term).filter((t) => /APIs|SDK/.test(t))).toEqual([]);
  });

  it("takes nothing but the job title from the introduction, which describes the employer", () => {
    const jd = "Join Acme!\nWe are a logistics company hiring a Registered Nurse.\nRequirements\n- BLS";
    expect(extract(jd).map((k) => k.term.term)).toEqual(["Registered Nurse", "Basic Life Support"]);
  });

  it("records the content words around each keyword for placing it later", () => {
    const [kafka] = extract("Intro.\nRequirements\n- Stream payment events through Kafka");
    expect([...kafka!.contextStems].sort()).toEqual(["event", "payment", "stream"]);
  });

  it("returns nothing for text without known terms", () => {
    expect(extract("We value kindness and curiosity.")).toEqual([]);
  });
});
