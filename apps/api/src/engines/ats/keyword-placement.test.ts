import type { AtsResumeInput } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { defaultActionVerbs } from "./action-verbs";
import { fixtureJobTitles, fixtureVocabulary } from "./fixtures/fixture-vocabulary";
import { strongResume } from "./fixtures/strong-resume";
import { extractJobKeywords } from "./keyword-extractor";
import { placeKeywords } from "./keyword-placement";
import { buildVocabularyIndex } from "./vocabulary-index";

const index = buildVocabularyIndex(fixtureVocabulary, fixtureJobTitles);

function place(jd: string, resume: AtsResumeInput = strongResume()) {
  const keywords = extractJobKeywords(jd, index);
  const placements = placeKeywords(keywords, resume, defaultActionVerbs);
  return keywords.map((k) => ({ term: k.term.term, ...placements.get(k.term.id)! }));
}

describe("placeKeywords", () => {
  it("puts a skill in the role whose text is closest to the job's sentence about it", () => {
    const [kafka] = place("Intro.\nRequirements\n- Stream payment transactions through Kafka to the checkout ledger");
    expect(kafka).toEqual({
      term: "Apache Kafka",
      where: "work[0].highlights",
      text: 'If you used Apache Kafka as Senior Software Engineer at Ledgerly, say so in a bullet there, e.g. "Applied Apache Kafka to [task], improving [metric] by [N]%".',
      after: "Applied Apache Kafka to [task], improving [metric] by [N]%",
    });
  });

  it("turns a verb-phrase skill into a past-tense bullet", () => {
    const verbPhrases = buildVocabularyIndex([
      { id: "b", term: "manage budgets", kind: "skill", aliases: [], hot: false, inDemand: false, occupations: 1 },
    ]);
    const jd = "Intro.\nRequirements\n- Manage budgets for payment services and checkout teams";
    const keywords = extractJobKeywords(jd, verbPhrases);
    const placement = placeKeywords(keywords, strongResume(), defaultActionVerbs).get("b");
    expect(placement?.after).toBe("Managed budgets for [team or client], improving [metric] by [N]%");
  });

  it("falls back to the skills group that shares the most words", () => {
    const placed = place("Intro.\nRequirements\n- Terraform for Docker platforms\n- pandas for SQL languages");
    const terraform = placed.find((p) => p.term === "Terraform");
    expect(terraform).toMatchObject({ where: "skills[1].keywords", after: "Terraform" });
    expect(terraform?.text).toBe('If you have worked with Terraform, add it to your "Platforms" skills.');
    expect(placed.find((p) => p.term === "pandas")?.where).toBe("skills[0].keywords");
  });

  it("suggests a skills section when there is none", () => {
    const resume = strongResume();
    resume.skills = [];
    expect(place("Intro.\nRequirements\n- Terraform", resume)[0]).toMatchObject({
      where: "skills",
      after: "Terraform",
    });
  });

  it("sends credentials to certificates and the job title to the headline", () => {
    expect(place("Registered Nurse\nRequirements\n- BLS")).toEqual([
      {
        term: "Registered Nurse",
        where: "basics.label",
        text: 'If the title fits your experience, use "Registered Nurse" in your headline; ATS searches often filter on the job title.',
        after: "Registered Nurse",
      },
      {
        term: "Basic Life Support",
        where: "certificates",
        text: "If you hold Basic Life Support, list it under Certifications with the issuer and the date.",
        after: "Basic Life Support, [issuer], [year]",
      },
    ]);
  });

  it("phrases every suggestion as conditional and never includes a figure", () => {
    const jd = "Data Analyst\nRequirements\n- Tableau dashboards\n- SQL\n- CPA license\n- Managing stakeholders";
    for (const p of place(jd)) {
      expect(p.text).toMatch(/^If /);
      expect(p.after).not.toMatch(/\d/);
    }
  });
});
