import { readFileSync } from "node:fs";
import { atsAnalyzeRequestSchema, atsResumeInputSchema, atsVocabularyEntrySchema } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { fixtureVocabulary } from "./fixtures/fixture-vocabulary";

const sample = JSON.parse(readFileSync(new URL("./fixtures/sample.resume.json", import.meta.url), "utf8"));

describe("ATS contract", () => {
  it("accepts a full JSON Resume document and keeps its other fields", () => {
    const parsed = atsResumeInputSchema.parse(sample);
    expect(parsed).toEqual(sample);
    expect(parsed.meta).toEqual(sample.meta);
  });

  it("accepts a request with a resume or a resume id, not both or neither", () => {
    const jobDescription = "  Senior Data Analyst\nSQL and Tableau  ";
    expect(atsAnalyzeRequestSchema.parse({ resume: sample, jobDescription }).jobDescription).toBe(
      "Senior Data Analyst\nSQL and Tableau",
    );
    expect(atsAnalyzeRequestSchema.safeParse({ resumeId: "r_1", jobDescription }).success).toBe(true);
    expect(atsAnalyzeRequestSchema.safeParse({ jobDescription }).success).toBe(false);
    expect(atsAnalyzeRequestSchema.safeParse({ resume: sample, resumeId: "r_1", jobDescription }).success).toBe(false);
  });

  it.each([
    ["", "too_small", "Paste the job description"],
    ["   \n\t ", "too_small", "Paste the job description"],
    ["\u200B\u200B -- ", "custom", "The job description has no words in it"],
    ["x".repeat(20_001), "too_big", "Too big: expected string to have <=20000 characters"],
  ])("rejects the job description %#", (jobDescription, code, message) => {
    const issue = atsAnalyzeRequestSchema.safeParse({ resumeId: "r_1", jobDescription }).error?.issues[0];
    expect([issue?.code, issue?.message]).toEqual([code, message]);
  });

  it("rejects resumes with the wrong shapes", () => {
    expect(atsResumeInputSchema.safeParse({ work: [{ highlights: "one string" }] }).success).toBe(false);
    expect(atsResumeInputSchema.safeParse({ basics: { name: 42 } }).success).toBe(false);
  });

  it("describes the fixture vocabulary", () => {
    for (const entry of fixtureVocabulary) atsVocabularyEntrySchema.parse(entry);
    expect(fixtureVocabulary.length).toBeGreaterThanOrEqual(150);
    expect(new Set(fixtureVocabulary.map((e) => e.id)).size).toBe(fixtureVocabulary.length);
  });
});
