import { describe, expect, it } from "vitest";
import { analyzeExperiment, posteriorOf, probabilityBest, sampleShortfall, type VariantCounts } from "./ab-stats";
import { probabilityGreater } from "./beta-distribution";

const minimum = { trialsPerVariant: 20, totalConversions: 5 };
const counts = (label: string, trials: number, conversions: number): VariantCounts => ({ label, trials, conversions });

/** Deterministic Monte Carlo (mulberry32 + the Beta as order statistics of uniforms) for a cross-check. */
function monteCarloBest(arms: VariantCounts[], draws: number) {
  let seed = 20_260_101;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Beta(a, b) with integer a, b is the a-th smallest of a + b − 1 uniforms.
  const drawBeta = (a: number, b: number) => {
    const u = Array.from({ length: a + b - 1 }, random).sort((p, q) => p - q);
    return u[a - 1] as number;
  };
  const wins = arms.map(() => 0);
  for (let d = 0; d < draws; d++) {
    const rates = arms.map((arm) => drawBeta(1 + arm.conversions, 1 + arm.trials - arm.conversions));
    const best = rates.indexOf(Math.max(...rates));
    wins[best] = (wins[best] as number) + 1;
  }
  return wins.map((w) => w / draws);
}

describe("probabilityBest", () => {
  it("equals the exact pairwise probability when there are two variants", () => {
    for (const [a, b] of [
      [counts("A", 0, 0), counts("B", 0, 0)],
      [counts("A", 20, 3), counts("B", 20, 7)],
      [counts("A", 5000, 480), counts("B", 5000, 520)],
      [counts("A", 3, 0), counts("B", 400, 390)],
    ] as const) {
      const posteriors = [posteriorOf(a), posteriorOf(b)];
      const exact = probabilityGreater(posteriorOf(a), posteriorOf(b));
      expect(probabilityBest(posteriors, 1)).toBeCloseTo(exact, 7);
      expect(probabilityBest(posteriors, 0)).toBeCloseTo(1 - exact, 7);
    }
  });

  it("gives identical variants equal shares that sum to one", () => {
    const three = [1, 2, 3].map(() => posteriorOf(counts("x", 30, 6)));
    for (let i = 0; i < 3; i++) expect(probabilityBest(three, i)).toBeCloseTo(1 / 3, 7);
    const four = [counts("A", 40, 4), counts("B", 40, 9), counts("C", 10, 1), counts("D", 0, 0)].map(posteriorOf);
    const total = four.reduce((sum, _, i) => sum + probabilityBest(four, i), 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it("agrees with a seeded Monte Carlo for four variants within sampling error", () => {
    const arms = [counts("A", 25, 4), counts("B", 25, 8), counts("C", 30, 6), counts("D", 12, 1)];
    const posteriors = arms.map(posteriorOf);
    const simulated = monteCarloBest(arms, 40_000);
    // 40,000 draws: standard error ≤ 0.0025, so 0.01 is four of them.
    for (const [i, share] of simulated.entries()) {
      expect(Math.abs(probabilityBest(posteriors, i) - share)).toBeLessThan(0.01);
    }
  });
});

describe("analyzeExperiment", () => {
  it("reports rates, intervals, lifts and P(beats A) for each variant", () => {
    const { variants } = analyzeExperiment([counts("A", 40, 4), counts("B", 40, 12)], minimum);
    const [a, b] = variants;
    expect(a?.conversionRate).toBe(0.1);
    expect(b?.conversionRate).toBe(0.3);
    expect(a?.posteriorMean).toBeCloseTo(5 / 42, 12);
    expect(b?.posteriorMean).toBeCloseTo(13 / 42, 12);
    expect(a?.probabilityBeatsBaseline).toBeNull();
    expect(a?.expectedLift).toBeNull();
    expect(b?.expectedLift).toBeCloseTo(8 / 42, 12);
    expect(b?.relativeLift).toBeCloseTo(13 / 5 - 1, 12);
    expect(b?.probabilityBeatsBaseline).toBeCloseTo(
      probabilityGreater({ alpha: 5, beta: 37 }, { alpha: 13, beta: 29 }),
      12,
    );
    expect(b?.probabilityBeatsBaseline).toBeGreaterThan(0.98);
    for (const v of variants) {
      expect(v.credibleInterval.low).toBeLessThan(v.posteriorMean);
      expect(v.credibleInterval.high).toBeGreaterThan(v.posteriorMean);
    }
    // Beta(5, 37): the 2.5% and 97.5% quantiles (scipy.stats.beta.ppf).
    expect(a?.credibleInterval.low).toBeCloseTo(0.040807, 5);
    expect(a?.credibleInterval.high).toBeCloseTo(0.231315, 5);
  });

  it("calls a winner only at 95% and says when nobody leads clearly", () => {
    const clear = analyzeExperiment([counts("A", 40, 4), counts("B", 40, 12)], minimum).verdict;
    expect(clear).toMatchObject({ kind: "winner", label: "B" });
    const close = analyzeExperiment([counts("A", 40, 8), counts("B", 40, 9)], minimum).verdict;
    expect(close).toMatchObject({ kind: "no-clear-winner", leader: "B" });
    if (close.kind === "no-clear-winner") expect(close.probabilityBest).toBeLessThan(0.95);
  });

  it("withholds a verdict below the minimum sample and says how much more is needed", () => {
    const early = analyzeExperiment([counts("A", 12, 1), counts("B", 5, 3)], minimum).verdict;
    expect(early).toEqual({ kind: "not-enough-data", moreTrialsNeeded: 8 + 15, moreConversionsNeeded: 1 });
    const empty = analyzeExperiment([counts("A", 0, 0), counts("B", 0, 0)], minimum);
    expect(empty.verdict).toEqual({ kind: "not-enough-data", moreTrialsNeeded: 40, moreConversionsNeeded: 5 });
    expect(empty.variants.map((v) => v.probabilityBest)).toEqual([expect.closeTo(0.5, 7), expect.closeTo(0.5, 7)]);
    expect(empty.variants[1]?.probabilityBeatsBaseline).toBeCloseTo(0.5, 12);
  });

  it("handles variants that never or always convert", () => {
    const { variants, verdict } = analyzeExperiment([counts("A", 50, 0), counts("B", 50, 50)], minimum);
    expect(variants[1]?.probabilityBeatsBaseline).toBeGreaterThan(1 - 1e-12);
    expect(variants[0]?.credibleInterval.low).toBeGreaterThanOrEqual(0);
    expect(variants[1]?.credibleInterval.high).toBeLessThanOrEqual(1);
    expect(verdict).toMatchObject({ kind: "winner", label: "B" });
  });

  it("rejects impossible counts and single-variant experiments", () => {
    expect(() => analyzeExperiment([counts("A", 10, 2)], minimum)).toThrow(/two variants/);
    expect(() => analyzeExperiment([counts("A", 3, 4), counts("B", 3, 1)], minimum)).toThrow(/more conversions/);
    expect(() => analyzeExperiment([counts("A", 3, -1), counts("B", 3, 1)], minimum)).toThrow(/non-negative/);
  });
});

describe("sampleShortfall", () => {
  it("estimates the trials that missing conversions need from the pooled rate", () => {
    // 40 trials met, 2 of 5 conversions: pooled rate (2 + 1) / (40 + 2) = 1/14, so 3 more need 42 trials.
    expect(sampleShortfall([counts("A", 20, 1), counts("B", 20, 1)], minimum)).toEqual({
      moreTrialsNeeded: 42,
      moreConversionsNeeded: 3,
    });
    expect(sampleShortfall([counts("A", 20, 3), counts("B", 25, 2)], minimum)).toEqual({
      moreTrialsNeeded: 0,
      moreConversionsNeeded: 0,
    });
  });
});
