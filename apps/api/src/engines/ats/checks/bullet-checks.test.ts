import type { AtsResumeInput } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { defaultActionVerbs } from "../action-verbs";
import { assessBullet } from "../bullet-quality";
import { strongResume } from "../fixtures/strong-resume";
import { collectBullets } from "../resume-text";
import { checkBullets } from "./bullet-checks";

function run(resume: AtsResumeInput) {
  const bullets = collectBullets(resume).map((b) => assessBullet(b, defaultActionVerbs));
  return checkBullets(resume, bullets).map((c) => [c.id, c.where]);
}

function withBullets(...highlights: string[]): AtsResumeInput {
  const resume = strongResume();
  resume.work = [{ ...resume.work![0]!, highlights }];
  resume.projects = [];
  return resume;
}

describe("checkBullets", () => {
  it("passes strong bullets", () => {
    expect(run(strongResume())).toEqual([]);
  });

  it("flags a bullet that does not open with an action verb", () => {
    expect(run(withBullets("Successfully won the regional hackathon against 40 other teams in 2019"))).toEqual([
      ["bullets.no-action-verb", "work[0].highlights[0]"],
    ]);
  });

  it("flags bullets under 8 or over 30 words", () => {
    const long = `Led ${"a very long description of the work ".repeat(5)}for 3 clients`;
    expect(run(withBullets("Cut costs by 10%", long))).toEqual([
      ["bullets.too-short", "work[0].highlights[0]"],
      ["bullets.too-long", "work[0].highlights[1]"],
    ]);
  });

  it("flags too few measurable results, pointing at the first bullet without one", () => {
    const resume = withBullets(
      "Reduced deployment failures by 40% by adding automated canary checks",
      "Improved onboarding documentation for new engineers joining the payments team",
      "Designed the retry strategy for webhooks sent to merchant systems",
    );
    expect(run(resume)).toEqual([["bullets.few-measurable-results", "work[0].highlights[1]"]]);
    const [check] = checkBullets(
      resume,
      collectBullets(resume).map((b) => assessBullet(b, defaultActionVerbs)),
    );
    expect(check?.message).toContain("1 of 3 bullets (33%)");
  });

  it("flags roles without any bullets", () => {
    const resume = strongResume();
    resume.work = resume.work!.map(({ highlights: _, ...role }) => role);
    expect(run(resume)).toEqual([["bullets.missing", "work[0].highlights"]]);
  });
});
