import { describe, expect, it } from "vitest";
import { capitalise, countWords, normaliseText, stem, stemKey, tokenise } from "./normalise";

describe("stem", () => {
  it.each([
    // plurals
    ["databases", "databas"],
    ["database", "databas"],
    ["companies", "company"],
    ["company", "company"],
    ["processes", "process"],
    ["searches", "search"],
    ["indexes", "index"],
    ["skills", "skill"],
    ["employees", "employee"],
    ["employee", "employee"],
    // tense
    ["manage", "manag"],
    ["managed", "manag"],
    ["manages", "manag"],
    ["managing", "manag"],
    ["developed", "develop"],
    ["developing", "develop"],
    ["applied", "apply"],
    ["applying", "apply"],
    ["planned", "plan"],
    ["running", "run"],
    ["used", "use"],
    ["using", "use"],
    ["coded", "cod"],
    ["code", "cod"],
    ["needed", "need"],
    ["exceeded", "exceed"],
    ["deployed", "deploy"],
    // British and American spellings meet
    ["optimise", "optimiz"],
    ["optimised", "optimiz"],
    ["optimizing", "optimiz"],
    ["analysed", "analyz"],
    ["analyze", "analyz"],
    ["modelling", "model"],
    ["modeled", "model"],
    ["labelled", "label"],
  ])("%s -> %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    "js",
    "css",
    "aws",
    "sas",
    "ios",
    "sql",
    "c++",
    "node.js",
    "k8s",
    "s3",
    "kubernetes",
    "postgres",
    "saas",
    "devops",
    "analytics",
    "statistics",
    "status",
    "analysis",
    "business",
    "string",
    "spring",
    "canvas",
    "accounting",
    "marketing",
    "securities",
  ])("leaves %s alone", (word) => {
    expect(stem(word)).toBe(word);
  });

  it("does not strip the doubled consonant of words that end in it", () => {
    expect(stem("skilled")).toBe("skill");
    expect(stem("installing")).toBe("install");
    expect(stem("processed")).toBe("process");
    expect(stem("added")).toBe("add");
  });
});

describe("tokenise", () => {
  const raws = (text: string) => tokenise(text).map((t) => t.raw);

  it("keeps tech names whole and splits at slashes and hyphens", () => {
    expect(raws("Node.js, C++, C#, .NET and ASP.NET")).toEqual(["Node.js", "C++", "C#", ".NET", "and", "ASP.NET"]);
    expect(raws("CI/CD, A/B tests, scikit-learn")).toEqual(["CI", "CD", "A", "B", "tests", "scikit", "learn"]);
    expect(raws("P&L owner")).toEqual(["P&L", "owner"]);
  });

  it("drops sentence punctuation and possessives", () => {
    expect(raws("Experience with Python. Bachelor’s degree; the team's goals.")).toEqual([
      "Experience",
      "with",
      "Python",
      "Bachelor",
      "degree",
      "the",
      "team",
      "goals",
    ]);
  });

  it("lowercases and stems, and strips the plural of a capitalised acronym", () => {
    const [apis, kpis, services] = tokenise("APIs KPIs Services");
    expect([apis?.norm, apis?.stem]).toEqual(["apis", "api"]);
    expect(kpis?.stem).toBe("kpi");
    expect(services?.stem).toBe("servic");
  });

  it("marks words that punctuation separates from the previous one", () => {
    const tokens = tokenise("AWS (S3, EMR); Node.js and C++/C# done. Next");
    expect(tokens.filter((t) => t.breakBefore).map((t) => t.raw)).toEqual(["S3", "EMR", "Node.js", "Next"]);
  });

  it("marks the parts of hyphenated compounds", () => {
    const tokens = tokenise("a go-getter who knows Go - and C");
    expect(tokens.filter((t) => t.glued).map((t) => t.raw)).toEqual(["go", "getter"]);
  });

  it("folds ligatures, full-width letters, curly quotes and invisible characters", () => {
    expect(normaliseText("ﬁnance ＡＷＳ “quoted” it’s data\u200Bbase")).toBe('finance AWS "quoted" it\'s database');
    expect(raws("o\uFB03ce")).toEqual(["office"]);
  });

  it("keys phrases by their stems so inflections meet", () => {
    expect(stemKey("Managing budgets")).toBe(stemKey("managed budget"));
    expect(stemKey("REST APIs")).toBe("rest api");
  });
});

describe("countWords", () => {
  it.each([
    ["", 0],
    ["Led a team of 4 engineers.", 6],
    ["Node.js and C++ — CI/CD", 4],
    ["don't stop", 2],
  ])("%j has %i words", (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it("capitalises the first letter only", () => {
    expect(capitalise("managed the API")).toBe("Managed the API");
  });
});
