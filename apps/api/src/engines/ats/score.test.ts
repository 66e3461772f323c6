import type { AtsCheck } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { defaultActionVerbs } from "./action-verbs";
import { assessBullet, type BulletQuality } from "./bullet-quality";
import type { JobKeyword } from "./keyword-extractor";
import type { KeywordComparison, MatchKind } from "./keyword-matcher";
import {
  contactSubscore,
  contentSubscore,
  formatSubscore,
  keywordSubscore,
  MATCH_CREDIT,
  SCORE_WEIGHTS,
  scoreResume,
} from "./score";

function keyword(weight: number): JobKeyword {
  return {
    term: { id: String(weight), term: String(weight), kind: "tool", hot: false, inDemand: false, occupations: 0 },
    importance: "must",
    weight,
    mentions: 1,
    surfaces: new Set(),
    stems: new Set(),
    contextStems: new Set(),
  };
}

function comparison(matched: [number, MatchKind][], missing: number[]): KeywordComparison {
  return {
    matched: matched.map(([w, matchedAs]) => ({ keyword: keyword(w), matchedAs, where: [] })),
    missing: missing.map(keyword),
    extra: [],
    exactMatchRate: 0,
    normalisedMatchRate: 0,
  };
}

const bullet = (text: string, i = 0): BulletQuality =>
  assessBullet({ path: `work[0].highlights[${i}]`, text, entryPath: "work[0]" }, defaultActionVerbs);
const check = (
  id: string,
  category: AtsCheck["category"],
  severity: AtsCheck["severity"],
  where?: string,
): AtsCheck => ({
  id,
  category,
  severity,
  message: "",
  ...(where ? { where } : {}),
});

describe("weights", () => {
  it("sum to 1, keywords weigh most", () => {
    const sum = Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
    expect(SCORE_WEIGHTS.keywords).toBe(Math.max(...Object.values(SCORE_WEIGHTS)));
    expect(MATCH_CREDIT.exact).toBeGreaterThan(MATCH_CREDIT.normalised);
    expect(MATCH_CREDIT.normalised).toBeGreaterThan(MATCH_CREDIT.alias);
  });
});

describe("keywordSubscore", () => {
  it("is the weighted share of keywords found, with less credit for inflections and aliases", () => {
    expect(keywordSubscore(comparison([[1, "exact"]], [1]))).toBe(50);
    expect(keywordSubscore(comparison([[3, "exact"]], [1]))).toBe(75);
    expect(keywordSubscore(comparison([[1, "normalised"]], []))).toBe(90);
    expect(keywordSubscore(comparison([[1, "alias"]], []))).toBe(85);
    expect(keywordSubscore(comparison([], []))).toBe(0);
  });
});

describe("contentSubscore", () => {
  const strong = "Cut p99 checkout latency from 900 ms to 240 ms with an async queue";
  const unmeasured = "Designed the retry strategy for webhooks sent to merchant systems";

  it("gives 100 to strong bullets and 0 when there are none", () => {
    expect(contentSubscore([bullet(strong)], [])).toBe(100);
    expect(contentSubscore([], [])).toBe(0);
  });

  it("gives full measurable credit at 60% of bullets", () => {
    const three = [bullet(strong, 0), bullet(strong, 1), bullet(unmeasured, 2)];
    expect(contentSubscore(three, [])).toBe(100);
    const two = [bullet(strong, 0), bullet(unmeasured, 1)];
    expect(contentSubscore(two, [])).toBe(Math.round(100 - 35 * (1 - 0.5 / 0.6)));
  });

  it("takes off for weak openings, short bullets and poor wording", () => {
    expect(contentSubscore([bullet("Responsible for 3 releases")], [])).toBe(35);
  });

  it("takes off for problems outside the bullets but not twice for bullet problems", () => {
    const b = [bullet(strong)];
    expect(contentSubscore(b, [check("language.first-person", "content", "warning", "basics.summary")])).toBe(95);
    expect(contentSubscore(b, [check("bullets.missing", "content", "error", "work[0].highlights")])).toBe(85);
    expect(contentSubscore(b, [check("bullets.too-short", "content", "warning", "work[0].highlights[0]")])).toBe(100);
  });
});

describe("formatSubscore", () => {
  it("takes off per check by severity, half again for repeats, at most twice", () => {
    expect(formatSubscore([])).toBe(100);
    expect(formatSubscore([check("dates.invalid", "format", "error")])).toBe(80);
    expect(formatSubscore([check("dates.invalid", "format", "error"), check("dates.invalid", "format", "error")])).toBe(
      70,
    );
    expect(formatSubscore(Array.from({ length: 9 }, () => check("dates.invalid", "format", "error")))).toBe(60);
    expect(
      formatSubscore([check("length.too-long", "format", "warning"), check("dates.mixed-precision", "format", "info")]),
    ).toBe(90);
    expect(formatSubscore([check("contact.name-missing", "contact", "error")])).toBe(100);
  });
});

describe("contactSubscore", () => {
  it("uses name 35, email 30, phone 20, location 10, link 5", () => {
    expect(contactSubscore([])).toBe(100);
    expect(contactSubscore([check("contact.name-missing", "contact", "error")])).toBe(65);
    const all = ["name", "email", "phone", "location", "link"].map((p) =>
      check(`contact.${p}-missing`, "contact", "info"),
    );
    expect(contactSubscore(all)).toBe(0);
    expect(contactSubscore([check("contact.email-invalid", "contact", "warning")])).toBe(85);
  });
});

describe("scoreResume", () => {
  it("is the weighted mean of the subscores", () => {
    const result = scoreResume({
      keywords: comparison([[1, "exact"]], [1]),
      bullets: [bullet("Cut p99 checkout latency from 900 ms to 240 ms with an async queue")],
      checks: [check("dates.invalid", "format", "error"), check("contact.link-missing", "contact", "info")],
    });
    expect(result.subscores).toEqual({ keywords: 50, content: 100, format: 80, contact: 95 });
    expect(result.score).toBe(Math.round(0.45 * 50 + 0.25 * 100 + 0.2 * 80 + 0.1 * 95));
    expect(result.weights).toEqual(SCORE_WEIGHTS);
  });

  it("shares the keyword weight among the others when the job has no keywords", () => {
    const result = scoreResume({ keywords: comparison([], []), bullets: [], checks: [] });
    expect(result.weights.keywords).toBe(0);
    expect(result.weights.content + result.weights.format + result.weights.contact).toBeCloseTo(1, 10);
    expect(result.score).toBe(Math.round((0.2 * 100 + 0.1 * 100) / 0.55));
  });
});
