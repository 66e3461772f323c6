import { describe, expect, it } from "vitest";
import { strongResume } from "../fixtures/strong-resume";
import { checkSections } from "./section-checks";

const ids = (resume = strongResume()) => checkSections(resume).map((c) => [c.id, c.severity, c.where]);

describe("checkSections", () => {
  it("passes a resume with every standard section", () => {
    expect(ids()).toEqual([]);
  });

  it("flags missing experience, education, skills and summary", () => {
    expect(ids({ work: [{}], education: [], skills: [{ name: "", keywords: [" "] }] })).toEqual([
      ["section.experience-missing", "error", "work"],
      ["section.education-missing", "warning", "education"],
      ["section.skills-missing", "error", "skills"],
      ["section.summary-missing", "warning", "basics.summary"],
    ]);
  });

  it("wants at least three skills, counting a group without keywords as one", () => {
    const resume = strongResume();
    resume.skills = [{ name: "Go", keywords: ["Kafka"] }];
    expect(ids(resume)).toEqual([["section.skills-too-few", "warning", "skills"]]);
    resume.skills = [{ name: "Go" }, { name: "Kafka" }, { name: "SQL", keywords: [] }];
    expect(ids(resume)).toEqual([]);
  });

  it("wants a summary of at least 20 characters", () => {
    const resume = strongResume();
    resume.basics!.summary = "Engineer.";
    expect(ids(resume)).toEqual([["section.summary-too-short", "warning", "basics.summary"]]);
  });
});
