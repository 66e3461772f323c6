import { describe, expect, it } from "vitest";
import { betaCdf, betaDensity, betaQuantile, logGamma, probabilityGreater } from "./beta-distribution";

/** For integer a, b: I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a), an independent way to the same CDF. */
function binomialTailCdf(a: number, b: number, x: number) {
  const n = a + b - 1;
  let total = 0;
  let coefficient = 1;
  for (let j = 0; j <= n; j++) {
    if (j >= a) total += coefficient * x ** j * (1 - x) ** (n - j);
    coefficient = (coefficient * (n - j)) / (j + 1);
  }
  return total;
}

/** P(Y > X) by a plain midpoint sum of f_Y · F_X with the binomial CDF, independent of the closed form. */
function bruteForceGreater(x: { alpha: number; beta: number }, y: { alpha: number; beta: number }) {
  const steps = 20_000;
  let total = 0;
  for (let i = 0; i < steps; i++) {
    const t = (i + 0.5) / steps;
    total += betaDensity(y, t) * binomialTailCdf(x.alpha, x.beta, t);
  }
  return total / steps;
}

describe("logGamma", () => {
  it("matches log factorials", () => {
    let factorial = 1;
    for (let n = 1; n <= 20; n++) {
      expect(logGamma(n)).toBeCloseTo(Math.log(factorial), 10);
      factorial *= n;
    }
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(1001)).toBeCloseTo(5912.128178488163, 8);
  });
});

describe("betaCdf", () => {
  it("has the closed forms of the simple cases", () => {
    for (const x of [0, 0.01, 0.3, 0.5, 0.77, 0.999, 1]) {
      expect(betaCdf({ alpha: 1, beta: 1 }, x)).toBeCloseTo(x, 12);
      expect(betaCdf({ alpha: 2, beta: 1 }, x)).toBeCloseTo(x * x, 12);
      expect(betaCdf({ alpha: 1, beta: 7 }, x)).toBeCloseTo(1 - (1 - x) ** 7, 12);
    }
  });

  it("agrees with the binomial tail for integer parameters on both sides of the mean", () => {
    for (const [a, b] of [
      [3, 9],
      [12, 4],
      [30, 70],
      [51, 2],
    ] as const) {
      for (const x of [0.05, 0.2, 0.31, 0.5, 0.68, 0.9, 0.97]) {
        expect(betaCdf({ alpha: a, beta: b }, x)).toBeCloseTo(binomialTailCdf(a, b, x), 10);
      }
    }
  });

  it("is symmetric: I_x(a, b) = 1 − I_{1−x}(b, a)", () => {
    for (const x of [0.1, 0.45, 0.8]) {
      expect(betaCdf({ alpha: 4, beta: 11 }, x) + betaCdf({ alpha: 11, beta: 4 }, 1 - x)).toBeCloseTo(1, 12);
    }
  });
});

describe("betaQuantile", () => {
  it("inverts the CDF", () => {
    expect(betaQuantile({ alpha: 1, beta: 1 }, 0.025)).toBeCloseTo(0.025, 12);
    // Beta(1, b): F(x) = 1 − (1 − x)^b, so x = 1 − (1 − p)^(1/b).
    expect(betaQuantile({ alpha: 1, beta: 20 }, 0.975)).toBeCloseTo(1 - 0.025 ** (1 / 20), 12);
    for (const p of [0.025, 0.5, 0.975]) {
      const q = betaQuantile({ alpha: 37, beta: 112 }, p);
      expect(betaCdf({ alpha: 37, beta: 112 }, q)).toBeCloseTo(p, 10);
    }
  });
});

describe("probabilityGreater", () => {
  it("has the textbook values of the smallest cases", () => {
    expect(probabilityGreater({ alpha: 1, beta: 1 }, { alpha: 1, beta: 1 })).toBeCloseTo(0.5, 12);
    // Y ~ Beta(2, 1) has density 2y; P(Y > X) for uniform X is ∫ 2y · y dy = 2/3.
    expect(probabilityGreater({ alpha: 1, beta: 1 }, { alpha: 2, beta: 1 })).toBeCloseTo(2 / 3, 12);
    // Y ~ Beta(1, 2), X ~ Beta(2, 1): ∫ 2(1 − y) · y² dy = 1/6.
    expect(probabilityGreater({ alpha: 2, beta: 1 }, { alpha: 1, beta: 2 })).toBeCloseTo(1 / 6, 12);
  });

  it("matches brute-force integration", () => {
    for (const [a1, b1, a2, b2] of [
      [4, 18, 8, 14],
      [11, 31, 9, 40],
      [2, 5, 2, 5],
    ] as const) {
      const x = { alpha: a1, beta: b1 };
      const y = { alpha: a2, beta: b2 };
      expect(probabilityGreater(x, y)).toBeCloseTo(bruteForceGreater(x, y), 6);
    }
  });

  it("sums to one with its mirror image", () => {
    const cases = [
      [1, 1, 3, 9],
      [5, 50, 9, 46],
      [101, 900, 130, 871],
      [1, 200, 200, 1],
    ];
    for (const [a1, b1, a2, b2] of cases as [number, number, number, number][]) {
      const x = { alpha: a1, beta: b1 };
      const y = { alpha: a2, beta: b2 };
      expect(probabilityGreater(x, y) + probabilityGreater(y, x)).toBeCloseTo(1, 10);
    }
  });

  it("is near certain at the extremes and stays within [0, 1]", () => {
    const none = { alpha: 1, beta: 1001 };
    const all = { alpha: 1001, beta: 1 };
    expect(probabilityGreater(none, all)).toBeGreaterThan(1 - 1e-12);
    expect(probabilityGreater(all, none)).toBeLessThan(1e-12);
    expect(probabilityGreater(all, none)).toBeGreaterThanOrEqual(0);
  });
});
