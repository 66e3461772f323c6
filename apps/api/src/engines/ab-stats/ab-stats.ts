import {
  type Beta,
  betaCdf,
  betaDensity,
  betaMean,
  betaQuantile,
  betaStandardDeviation,
  probabilityGreater,
} from "./beta-distribution";

/** One arm of the test: how many tried (applications, views) and how many of those converted. */
export interface VariantCounts {
  label: string;
  trials: number;
  conversions: number;
}

/** Below these counts the posteriors say more about the prior than about the resumes, so no verdict is given. */
export interface MinimumSample {
  trialsPerVariant: number;
  totalConversions: number;
}

export interface VariantAnalysis {
  label: string;
  trials: number;
  conversions: number;
  /** conversions / trials, or 0 before the first trial. */
  conversionRate: number;
  /** Mean of the Beta(1 + conversions, 1 + failures) posterior. */
  posteriorMean: number;
  /** Central 95% credible interval of the conversion rate. */
  credibleInterval: { low: number; high: number };
  /** P(this variant's rate > the baseline's); null for the baseline itself. */
  probabilityBeatsBaseline: number | null;
  /** P(this variant has the highest rate of all). */
  probabilityBest: number;
  /** Posterior mean minus the baseline's, in rate units (0.05 = five percentage points); null for the baseline. */
  expectedLift: number | null;
  /** Posterior mean relative to the baseline's (0.2 = 20% better); null for the baseline. */
  relativeLift: number | null;
}

export type Verdict =
  | { kind: "not-enough-data"; moreTrialsNeeded: number; moreConversionsNeeded: number }
  | { kind: "winner"; label: string; probabilityBest: number }
  | { kind: "no-clear-winner"; leader: string; probabilityBest: number };

export interface ExperimentAnalysis {
  variants: VariantAnalysis[];
  verdict: Verdict;
}

/** P(best) at or above this calls a winner; below it the test keeps running. */
export const winnerThreshold = 0.95;

const uniformPrior: Beta = { alpha: 1, beta: 1 };

export function posteriorOf(counts: VariantCounts): Beta {
  return {
    alpha: uniformPrior.alpha + counts.conversions,
    beta: uniformPrior.beta + counts.trials - counts.conversions,
  };
}

/** Simpson's rule with an even number of intervals. */
function integrate(f: (x: number) => number, from: number, to: number, intervals = 2_000) {
  const h = (to - from) / intervals;
  let sum = f(from) + f(to);
  for (let i = 1; i < intervals; i++) sum += f(from + i * h) * (i % 2 === 0 ? 2 : 4);
  return (sum * h) / 3;
}

/**
 * P(variant i has the highest rate) = ∫ f_i(x) · Π_{j≠i} F_j(x) dx. The integral runs over where f_i has mass
 * (mean ± 12 standard deviations), so even a posterior from thousands of trials gets hundreds of grid points.
 */
export function probabilityBest(posteriors: Beta[], index: number): number {
  const own = posteriors[index] as Beta;
  if (posteriors.length === 1) return 1;
  const mean = betaMean(own);
  const spread = 12 * betaStandardDeviation(own);
  const others = posteriors.filter((_, j) => j !== index);
  const integrand = (x: number) => others.reduce((product, other) => product * betaCdf(other, x), betaDensity(own, x));
  return Math.min(1, Math.max(0, integrate(integrand, Math.max(0, mean - spread), Math.min(1, mean + spread))));
}

function validate(variants: VariantCounts[]) {
  if (variants.length < 2) throw new Error("an experiment needs at least two variants");
  for (const v of variants) {
    if (!Number.isInteger(v.trials) || !Number.isInteger(v.conversions) || v.conversions < 0) {
      throw new Error(`variant ${v.label}: counts must be non-negative integers`);
    }
    if (v.conversions > v.trials) throw new Error(`variant ${v.label}: more conversions than trials`);
  }
}

/** How many more trials and conversions the minimum sample still needs; both 0 when it is met. */
export function sampleShortfall(variants: VariantCounts[], minimum: MinimumSample) {
  const moreTrialsForEach = variants.reduce((sum, v) => sum + Math.max(0, minimum.trialsPerVariant - v.trials), 0);
  const conversions = variants.reduce((sum, v) => sum + v.conversions, 0);
  const moreConversionsNeeded = Math.max(0, minimum.totalConversions - conversions);
  if (moreConversionsNeeded === 0) return { moreTrialsNeeded: moreTrialsForEach, moreConversionsNeeded };
  // Missing conversions come from more trials: at the pooled rate so far (with the prior, so it is never 0).
  const trials = variants.reduce((sum, v) => sum + v.trials, 0);
  const pooledRate = (conversions + 1) / (trials + 2);
  const trialsForConversions = Math.ceil(moreConversionsNeeded / pooledRate);
  return { moreTrialsNeeded: Math.max(moreTrialsForEach, trialsForConversions), moreConversionsNeeded };
}

/**
 * Bayesian comparison of two to four variants with a uniform Beta(1, 1) prior on each conversion rate. The first
 * variant is the baseline A. Pairwise P(beats A) is exact; P(best) is a numeric integral (exact for two variants
 * up to ~1e-9). The verdict withholds judgement until the minimum sample is met.
 */
export function analyzeExperiment(variants: VariantCounts[], minimum: MinimumSample): ExperimentAnalysis {
  validate(variants);
  const posteriors = variants.map(posteriorOf);
  const baseline = posteriors[0] as Beta;
  const baselineMean = betaMean(baseline);
  const analyses = variants.map((v, i): VariantAnalysis => {
    const posterior = posteriors[i] as Beta;
    const mean = betaMean(posterior);
    const isBaseline = i === 0;
    return {
      label: v.label,
      trials: v.trials,
      conversions: v.conversions,
      conversionRate: v.trials === 0 ? 0 : v.conversions / v.trials,
      posteriorMean: mean,
      credibleInterval: { low: betaQuantile(posterior, 0.025), high: betaQuantile(posterior, 0.975) },
      probabilityBeatsBaseline: isBaseline ? null : probabilityGreater(baseline, posterior),
      probabilityBest: probabilityBest(posteriors, i),
      expectedLift: isBaseline ? null : mean - baselineMean,
      relativeLift: isBaseline ? null : mean / baselineMean - 1,
    };
  });
  return { variants: analyses, verdict: verdictOf(variants, analyses, minimum) };
}

function verdictOf(variants: VariantCounts[], analyses: VariantAnalysis[], minimum: MinimumSample): Verdict {
  const shortfall = sampleShortfall(variants, minimum);
  if (shortfall.moreTrialsNeeded > 0 || shortfall.moreConversionsNeeded > 0) {
    return { kind: "not-enough-data", ...shortfall };
  }
  const leader = analyses.reduce((best, v) => (v.probabilityBest > best.probabilityBest ? v : best));
  return leader.probabilityBest >= winnerThreshold
    ? { kind: "winner", label: leader.label, probabilityBest: leader.probabilityBest }
    : { kind: "no-clear-winner", leader: leader.label, probabilityBest: leader.probabilityBest };
}
