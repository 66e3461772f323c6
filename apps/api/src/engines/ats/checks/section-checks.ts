import type { AtsCheck, AtsResumeInput } from "@hirefolio/shared";
import { collectChecks } from "./collect-checks";

export const MIN_SKILLS = 3;
export const MIN_SUMMARY_CHARS = 20;

/** The standard sections an ATS expects to find under their usual names. */
export function checkSections(resume: AtsResumeInput): AtsCheck[] {
  return collectChecks("section", "format", (add) => {
    if (!(resume.work ?? []).some((w) => w.position?.trim() || w.name?.trim())) {
      add("experience-missing", "error", "Add a work experience section.", "work");
    }
    if (!(resume.education ?? []).some((e) => e.institution?.trim() || e.area?.trim())) {
      add(
        "education-missing",
        "warning",
        "Add an education section; ATS filters often check for a degree.",
        "education",
      );
    }
    const skills = countSkills(resume);
    if (skills === 0) add("skills-missing", "error", "Add a skills section listing your tools and skills.", "skills");
    else if (skills < MIN_SKILLS) {
      add("skills-too-few", "warning", `List at least ${MIN_SKILLS} skills; you have ${skills}.`, "skills");
    }
    const summary = resume.basics?.summary?.trim() ?? "";
    if (!summary) add("summary-missing", "warning", "Add a short summary at the top.", "basics.summary");
    else if (summary.length < MIN_SUMMARY_CHARS) {
      add(
        "summary-too-short",
        "warning",
        `Write a summary of at least ${MIN_SUMMARY_CHARS} characters.`,
        "basics.summary",
      );
    }
  });
}

/** Keywords of each skill group, or the group's name when it has none. */
function countSkills(resume: AtsResumeInput): number {
  let count = 0;
  for (const group of resume.skills ?? []) {
    const keywords = (group.keywords ?? []).filter((k) => k.trim()).length;
    count += keywords || (group.name?.trim() ? 1 : 0);
  }
  return count;
}
