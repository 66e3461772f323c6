import { readFileSync } from "node:fs";
import type { AtsResumeInput } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { defaultActionVerbs } from "./action-verbs";
import { assessBullet } from "./bullet-quality";
import { strongResume } from "./fixtures/strong-resume";
import { countWords } from "./normalise";
import { suggestBulletRewrites } from "./quantification";
import { collectBullets } from "./resume-text";

function suggest(...texts: string[]) {
  const bullets = texts.map((text, i) => ({ path: `work[0].highlights[${i}]`, text, entryPath: "work[0]" }));
  return suggestBulletRewrites(
    bullets.map((b) => assessBullet(b, defaultActionVerbs)),
    defaultActionVerbs,
  );
}
const after = (text: string) => suggest(text)[0]?.after;

describe("suggestBulletRewrites", () => {
  it.each([
    ["Improved checkout performance", "Improved checkout performance by [N]% ([metric], [timeframe])"],
    [
      "Reduced the number of failed deployments across the monorepo.",
      "Reduced the number of failed deployments across the monorepo ([metric] by [N]%, [timeframe]).",
    ],
    ["Managed the API team", "Managed the API team of [N] people, delivering [result]"],
    ["Managed the budget", "Managed the budget ([N] [people, projects or $ budget], [timeframe])"],
    ["Negotiated vendor contracts", "Negotiated vendor contracts worth $[N] ([timeframe])"],
    ["Built the onboarding flow", "Built the onboarding flow, used by [N] [users or customers] ([result])"],
    [
      "Triaged patients in the emergency department",
      "Triaged patients in the emergency department for [N] [patients, customers or cases] per [day or shift]",
    ],
    ["Researched competitor pricing", "Researched competitor pricing, resulting in [result] ([N] [unit])"],
  ])("asks for the figure: %j", (before, expected) => {
    expect(suggest(before)[0]).toMatchObject({ kind: "quantify", before, after: expected });
  });

  it.each([
    ["Responsible for managing the API team", "Managed the API team of [N] people, delivering [result]"],
    ["Responsible for onboarding 12 nurses", "Onboarded 12 nurses"],
    ["Responsible for optimising the build", "Optimised the build by [N]% ([metric], [timeframe])"],
    [
      "Responsible for the billing service",
      "Owned the billing service ([N] [people, projects or $ budget], [timeframe])",
    ],
    ["Duties included answering 40 calls a day", "Answered 40 calls a day"],
    ["In charge of 3 warehouses", "Led 3 warehouses"],
    [
      "Helped with the migration to Kubernetes",
      "Contributed to the migration to Kubernetes, resulting in [result] ([N] [unit])",
    ],
    ["Worked on 5 client launches", "Contributed to 5 client launches"],
    [
      "Helped build the onboarding flow",
      "Partnered with [team] to build the onboarding flow, resulting in [result] ([N] [unit])",
    ],
    ["Successfully won Techcrunch Disrupt", "Won Techcrunch Disrupt (out of [N] [entrants or bids])"],
    ["I led 4 releases", "Led 4 releases"],
  ])("rewrites a weak opening: %j", (before, expected) => {
    expect(suggest(before)[0]).toMatchObject({ kind: "rewrite-bullet", before, after: expected });
  });

  it("leaves strong, measured bullets alone", () => {
    expect(suggest("Cut p99 latency from 900 ms to 240 ms", "Led a team of 4 engineers")).toEqual([]);
  });

  it("keeps the user's words and only appends to them", () => {
    const before = "Optimized an algorithm that holds the current world record for Weisman Scores";
    expect(after(before)?.startsWith(before)).toBe(true);
  });

  it("uses a short placeholder when the full one would push the bullet over 30 words", () => {
    const before = `Designed ${"the very long and detailed ".repeat(5)}plan`;
    expect(countWords(before)).toBe(27);
    expect(after(before)).toBe(`${before} ([N] [unit])`);
  });

  it("explains the change and asks the user to fill the placeholders", () => {
    const [s] = suggest("Responsible for managing the API team");
    expect(s?.reason).toMatch(
      /^"responsible for" describes a duty.*a figure shows the size of the result\. Replace each/,
    );
    expect(s?.id).toBe("rewrite-bullet:work[0].highlights[0]");
  });

  it("never inserts a digit: every figure is a placeholder", () => {
    const sample: AtsResumeInput = JSON.parse(
      readFileSync(new URL("./fixtures/sample.resume.json", import.meta.url), "utf8"),
    );
    const texts = [
      ...collectBullets(sample).map((b) => b.text),
      ...collectBullets(strongResume()).map((b) => b.text),
      "Responsible for managing the API team",
      "Helped with migrating S3 buckets to EC2 instances",
      "Worked on HTML5 pages",
      "Grew the newsletter",
      "Administered medications and monitored vital signs",
      `Designed ${"the very long and detailed ".repeat(5)}plan`,
    ];
    const suggestions = suggest(...texts);
    expect(suggestions.length).toBeGreaterThan(10);
    for (const s of suggestions) {
      expect(s.after.match(/\d/g) ?? [], s.after).toEqual(s.before?.match(/\d/g) ?? []);
      expect(s.after).toMatch(/\[[^\]]+\]|^[A-Z]/);
    }
  });
});
