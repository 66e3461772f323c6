import { describe, expect, it } from "vitest";
import { splitJobDescription } from "./job-description-sections";

const contexts = (text: string) => splitJobDescription(text).map((s) => [s.text, s.context]);

describe("splitJobDescription", () => {
  it("labels text by the heading above it", () => {
    const jd = [
      "Backend Engineer",
      "We build tools for clinics.",
      "Responsibilities",
      "- Ship features in Go",
      "Requirements:",
      "- Five years with PostgreSQL",
      "Nice to have",
      "* Terraform",
      "Benefits",
      "- Python lunch club",
    ].join("\n");
    expect(contexts(jd)).toEqual([
      ["Backend Engineer", "title"],
      ["We build tools for clinics.", "intro"],
      ["Ship features in Go", "responsibility"],
      ["Five years with PostgreSQL", "must"],
      ["Terraform", "nice"],
      ["Python lunch club", "ignore"],
    ]);
  });

  it.each([
    ["## Minimum Qualifications", "must"],
    ["**What you'll bring**", "must"],
    ["WHO YOU ARE", "must"],
    ["Must-haves:", "must"],
    ["Preferred Qualifications", "nice"],
    ["Bonus points:", "nice"],
    ["Good to have", "nice"],
    ["What you'll do:", "responsibility"],
    ["Key Responsibilities", "responsibility"],
    ["About the role", "responsibility"],
    ["About us", "ignore"],
    ["About Acme", "ignore"],
    ["Physical requirements:", "ignore"],
    ["What we offer", "ignore"],
    ["Equal Opportunity Employer", "ignore"],
    ["Tech stack:", "must"],
    ["Our toolbox:", "other"],
  ])("reads %j as a %s heading", (heading, context) => {
    const [segment] = splitJobDescription(`Intro sentence here.\n${heading}\nSQL`);
    expect(splitJobDescription(`Intro sentence here.\n${heading}\nSQL`).at(-1)?.context).toBe(context);
    expect(segment?.context).toBe("intro");
  });

  it("does not take a requirement that starts like a heading for one", () => {
    expect(contexts("Intro.\nRequirements\nExperience with Python\nSkills in SQL")).toEqual([
      ["Intro.", "intro"],
      ["Experience with Python", "must"],
      ["Skills in SQL", "must"],
    ]);
  });

  it("reads inline cues clause by clause", () => {
    const jd =
      "Intro.\nRequirements\n- Python required; Scala is a plus\n- Tableau (a plus)\n- SQL (PostgreSQL preferred)";
    expect(contexts(jd)).toEqual([
      ["Intro.", "intro"],
      ["Python required", "must"],
      ["Scala is a plus", "nice"],
      ["Tableau (a plus)", "nice"],
      ["SQL", "must"],
      ["PostgreSQL preferred", "nice"],
    ]);
  });

  it("keeps a required item under a preferred heading a must", () => {
    expect(contexts("Intro.\nPreferred\n- BLS certification required\n- PALS")).toEqual([
      ["Intro.", "intro"],
      ["BLS certification required", "must"],
      ["PALS", "nice"],
    ]);
  });

  it("treats a long or punctuated first line as intro, not a title", () => {
    expect(splitJobDescription("We are hiring a data analyst to join our team.")[0]?.context).toBe("intro");
    expect(splitJobDescription("Data Analyst (Remote)\nMore.")[0]?.context).toBe("title");
  });

  it("numbers segments by source line", () => {
    expect(splitJobDescription("Title\n\nA; B").map((s) => s.line)).toEqual([0, 2, 2]);
  });
});
