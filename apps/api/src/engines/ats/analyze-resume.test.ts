import { readFileSync } from "node:fs";
import type { AtsAnalysis, AtsResumeInput, AtsSuggestion } from "@hirefolio/shared";
import { atsAnalysisSchema } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { buildActionVerbs } from "./action-verbs";
import { analyzeResume } from "./analyze-resume";
import { fixtureJobTitles, fixtureVocabulary } from "./fixtures/fixture-vocabulary";
import { strongResume } from "./fixtures/strong-resume";
import { buildVocabularyIndex } from "./vocabulary-index";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const sample = (): AtsResumeInput => JSON.parse(fixture("sample.resume.json"));
const jobs = {
  software: fixture("jd-software-engineer.txt"),
  data: fixture("jd-data-analyst.txt"),
  nurse: fixture("jd-registered-nurse.txt"),
};
const index = buildVocabularyIndex(fixtureVocabulary, fixtureJobTitles);
const analyze = (resume: AtsResumeInput, jobDescription: string, options = {}) =>
  analyzeResume({ resume, jobDescription, index, options });
const checkIds = (a: AtsAnalysis) => a.checks.map((c) => c.id);

describe("analyzeResume on the JSON Resume sample", () => {
  const results = {
    software: analyze(sample(), jobs.software),
    data: analyze(sample(), jobs.data),
    nurse: analyze(sample(), jobs.nurse),
  };

  it("returns a document that satisfies the shared contract", () => {
    for (const result of Object.values(results)) expect(atsAnalysisSchema.parse(result)).toEqual(result);
  });

  it("ranks the jobs by how well a web programmer fits them", () => {
    expect(results.software.subscores.keywords).toBeGreaterThan(results.data.subscores.keywords);
    expect(results.data.subscores.keywords).toBeGreaterThan(results.nurse.subscores.keywords);
    expect(results.software.score).toBeGreaterThan(results.nurse.score);
    expect(results.nurse.keywords.matched).toEqual([]);
  });

  it("matches the web skills the sample lists, with where they appear", () => {
    const matched = Object.fromEntries(results.software.keywords.matched.map((m) => [m.term, m]));
    expect(matched.JavaScript).toMatchObject({ importance: "must", matchedAs: "exact" });
    expect(matched.JavaScript?.where).toEqual([
      "skills[0].keywords[2]",
      "projects[0].highlights[2]",
      "projects[0].keywords[2]",
    ]);
    expect(matched.SQL?.where).toEqual(["education[0].courses[0]"]);
    expect(matched["Software Engineer"]).toMatchObject({
      kind: "title",
      matchedAs: "alias",
      where: ["basics.summary"],
    });
    expect(results.software.keywords.extra).toEqual(expect.arrayContaining(["HTML", "CSS", "Java"]));
    expect(results.software.keywords.exactMatchRate).toBeLessThan(results.software.keywords.normalisedMatchRate);
  });

  it("lists what the nurse job needs, with credentials under certificates", () => {
    const missing = Object.fromEntries(results.nurse.keywords.missing.map((m) => [m.term, m]));
    expect(Object.keys(missing)).toEqual(
      expect.arrayContaining([
        "Registered Nurse",
        "RN",
        "Basic Life Support",
        "Advanced Cardiovascular Life Support",
        "Epic",
      ]),
    );
    expect(missing.RN).toMatchObject({
      kind: "certification",
      importance: "must",
      suggestion: { where: "certificates" },
    });
    expect(missing["Pediatric Advanced Life Support"]?.importance).toBe("nice");
    expect(missing["critical care"]?.importance).toBe("nice");
    expect(checkIds(results.nurse)).toEqual(
      expect.arrayContaining(["keywords.title-missing", "keywords.few-must-haves"]),
    );
  });

  it("flags the sample's content and length problems but not its contact details", () => {
    const ids = checkIds(results.software);
    expect(ids).toEqual(
      expect.arrayContaining([
        "bullets.no-action-verb",
        "bullets.too-short",
        "bullets.few-measurable-results",
        "length.too-short",
      ]),
    );
    expect(results.software.subscores.contact).toBe(100);
    expect(results.software.checks.find((c) => c.id === "bullets.no-action-verb")?.where).toBe("work[0].highlights[1]");
  });

  it("suggests keyword insertions for must-haves only, rewrites and a summary", () => {
    const kinds = (a: AtsAnalysis) => new Set(a.suggestions.map((s) => s.kind));
    expect(kinds(results.software)).toEqual(new Set(["insert-keyword", "quantify", "rewrite-bullet"]));
    // The summary already names a job keyword ("software developer") for the software job, but none for the others.
    expect(kinds(results.data)).toEqual(new Set(["insert-keyword", "quantify", "rewrite-bullet", "summary"]));
    const inserted = results.software.suggestions.filter((s) => s.kind === "insert-keyword").map((s) => s.after);
    expect(inserted).toContain("TypeScript");
    expect(inserted).not.toContain("Terraform");
  });

  it("is deterministic", () => {
    expect(analyze(sample(), jobs.software)).toEqual(results.software);
  });
});

describe("analyzeResume scoring", () => {
  it("scores the strong resume above the sample for the software job", () => {
    expect(analyze(strongResume(), jobs.software).score).toBeGreaterThan(analyze(sample(), jobs.software).score + 15);
  });

  it("takes the exported PDF's text and page count into account", () => {
    const clean = analyze(strongResume(), jobs.software);
    const broken = analyze(strongResume(), jobs.software, {
      pageCount: 3,
      extractedText: "\uF0E0 maya@example.com o\uFB03ce",
    });
    expect(checkIds(broken)).toEqual(
      expect.arrayContaining(["length.too-many-pages", "pdf-text.private-use", "pdf-text.ligature"]),
    );
    expect(broken.subscores.format).toBeLessThan(clean.subscores.format);
  });

  it("uses a replacement action-verb list", () => {
    const resume = strongResume();
    resume.work![0]!.highlights![0] = "Charted vital signs for 30 patients on the night shift every week";
    const ids = (a: AtsAnalysis) => a.checks.filter((c) => c.id === "bullets.no-action-verb").map((c) => c.where);
    expect(ids(analyze(resume, jobs.nurse))).toEqual(["work[0].highlights[0]"]);
    const verbs = buildActionVerbs(["chart", "cut", "lead", "mentor", "introduce", "build", "rewrite", "automate"]);
    const custom = analyzeResume({ resume, jobDescription: jobs.nurse, index, actionVerbs: verbs });
    expect(ids(custom)).toEqual([
      "work[1].highlights[3]",
      "work[2].highlights[0]",
      "work[2].highlights[1]",
      "projects[0].highlights[0]",
      "projects[0].highlights[1]",
    ]);
  });

  it("shares the keyword weight out when the job description names no known keywords", () => {
    const result = analyze(strongResume(), "We want kind, curious people who enjoy their work.");
    expect(result.weights.keywords).toBe(0);
    expect(result.score).toBe(100);
    expect(checkIds(result)).toEqual(["keywords.none-found"]);
  });
});

/** Fills placeholders the way a user would: numbers for [N], their own words elsewhere. */
function fill(text: string): string {
  return text
    .replace(/\[N\]/g, "12")
    .replace(/\[year\]/g, "2023")
    .replace(/\[issuer\]/g, "American Heart Association")
    .replace(/\[[^\]]+\]/g, "the checkout flow");
}

function apply(resume: AtsResumeInput, suggestion: AtsSuggestion, fillPlaceholders = true): AtsResumeInput {
  const next = structuredClone(resume) as Record<string, unknown>;
  const path = suggestion.where.match(/[^.[\]]+/g)!.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const last = path.pop()!;
  let target = next as Record<string | number, unknown>;
  for (const key of path) {
    target[key] ??= {};
    target = target[key] as Record<string | number, unknown>;
  }
  const value = fillPlaceholders ? fill(suggestion.after) : suggestion.after;
  if (suggestion.kind === "insert-keyword" && last === "certificates") {
    target[last] = [...((target[last] as unknown[]) ?? []), { name: value }];
  } else if (suggestion.kind === "insert-keyword" && last === "skills") {
    target[last] = [...((target[last] as unknown[]) ?? []), { name: "Skills", keywords: [value] }];
  } else if (suggestion.kind === "insert-keyword" && (last === "keywords" || last === "highlights")) {
    target[last] = [...((target[last] as unknown[]) ?? []), value];
  } else {
    target[last] = value;
  }
  return next as AtsResumeInput;
}

describe("applying the suggestions", () => {
  for (const [job, text] of Object.entries(jobs)) {
    it(`raises the score step by step and never lowers it (${job} job, sample resume)`, () => {
      let resume = sample();
      let previous = analyze(resume, text);
      const first = previous;
      const order: AtsSuggestion["kind"][] = ["insert-keyword", "quantify", "rewrite-bullet", "summary"];
      for (const kind of order) {
        for (const suggestion of first.suggestions.filter((s) => s.kind === kind)) {
          resume = apply(resume, suggestion);
          const next = analyze(resume, text);
          expect(next.score, `${suggestion.id} lowered the score`).toBeGreaterThanOrEqual(previous.score);
          expect(next.subscores.keywords).toBeGreaterThanOrEqual(previous.subscores.keywords);
          expect(next.subscores.content).toBeGreaterThanOrEqual(previous.subscores.content);
          previous = next;
        }
      }
      expect(previous.score).toBeGreaterThanOrEqual(first.score + 20);
      expect(previous.keywords.missing.filter((k) => k.importance === "must")).toEqual([]);
      expect(previous.checks.map((c) => c.id)).not.toContain("language.unfilled-placeholder");
    });
  }

  it("treats an accepted suggestion with its placeholders left in as unfinished", () => {
    const quantify = analyze(sample(), jobs.software).suggestions.find((s) => s.kind === "quantify")!;
    const literal = analyze(apply(sample(), quantify, false), jobs.software);
    const filled = analyze(apply(sample(), quantify), jobs.software);
    expect(literal.checks.find((c) => c.id === "language.unfilled-placeholder")?.where).toBe(quantify.where);
    expect(literal.subscores.content).toBeLessThan(filled.subscores.content);
  });
});
