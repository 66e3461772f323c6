/**
 * The Beta distribution's density, CDF and quantiles, and the exact probability that one Beta variable exceeds
 * another. Everything is deterministic: no sampling, so the same counts always give the same numbers.
 */

export interface Beta {
  alpha: number;
  beta: number;
}

// Lanczos approximation (g = 7, n = 9): about 15 significant digits for x > 0.
const lanczos = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = lanczos[0] as number;
  for (let i = 1; i < 9; i++) sum += (lanczos[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

export function logBetaFunction(a: number, b: number) {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** (k − 1)·ln x that is 0 when k = 1, so the density is finite at the ends of [0, 1] for a uniform-like side. */
const powerTerm = (exponent: number, x: number) => (exponent === 0 ? 0 : exponent * Math.log(x));

export function betaDensity({ alpha, beta }: Beta, x: number) {
  if (x < 0 || x > 1) return 0;
  const log = powerTerm(alpha - 1, x) + powerTerm(beta - 1, 1 - x) - logBetaFunction(alpha, beta);
  return Math.exp(log);
}

/** Continued fraction of the regularized incomplete beta function (modified Lentz), as in Numerical Recipes. */
function incompleteBetaFraction(a: number, b: number, x: number) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** P(X ≤ x) for X ~ Beta(alpha, beta): the regularized incomplete beta function I_x(alpha, beta). */
export function betaCdf({ alpha, beta }: Beta, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(powerTerm(alpha, x) + powerTerm(beta, 1 - x) - logBetaFunction(alpha, beta));
  // The fraction converges fast only left of the mean; the right side uses I_x(a, b) = 1 − I_{1−x}(b, a).
  if (x < (alpha + 1) / (alpha + beta + 2)) return (front * incompleteBetaFraction(alpha, beta, x)) / alpha;
  return 1 - (front * incompleteBetaFraction(beta, alpha, 1 - x)) / beta;
}

/** The x with P(X ≤ x) = p, by bisection: 60 halvings pin it to well below 1e-15. */
export function betaQuantile(distribution: Beta, p: number) {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (betaCdf(distribution, mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

export function betaMean({ alpha, beta }: Beta) {
  return alpha / (alpha + beta);
}

export function betaStandardDeviation({ alpha, beta }: Beta) {
  const n = alpha + beta;
  return Math.sqrt((alpha * beta) / (n * n * (n + 1)));
}

/**
 * P(Y > X) for independent X ~ `x`, Y ~ `y` with integer alpha, in closed form (Evan Miller, "Formulas for
 * Bayesian A/B Testing"): a sum of alpha_Y terms. It sums over the side with the smaller alpha, since
 * P(Y > X) = 1 − P(X > Y) for continuous variables.
 */
export function probabilityGreater(x: Beta, y: Beta): number {
  if (y.alpha > x.alpha) return 1 - probabilityGreater(y, x);
  let total = 0;
  const logNormaliser = logBetaFunction(x.alpha, x.beta);
  for (let i = 0; i < y.alpha; i++) {
    total += Math.exp(
      logBetaFunction(x.alpha + i, x.beta + y.beta) -
        Math.log(y.beta + i) -
        logBetaFunction(1 + i, y.beta) -
        logNormaliser,
    );
  }
  return Math.min(1, Math.max(0, total));
}
