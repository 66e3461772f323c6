import type { CareerOccupation } from "./career-occupation";

export const WAGE_SOURCE = "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics";
export const TOP_CODE = { annual: 239_200, hourly: 115 } as const;

export type PayPeriod = "annual" | "hourly";

export interface WagePoint {
  percentile: 10 | 25 | 50 | 75 | 90;
  value: number | null;
  /** At the top code, the true value is at least `value`. */
  atLeast: boolean;
  /** "$133,080", "≥ $239,200", "$63.98" or "not available". */
  display: string;
}

export interface SalaryComparison {
  salary: number;
  period: PayPeriod;
  /** Where it falls: "below the 10th percentile", "between the 25th and 50th percentiles"… */
  band: string;
  /** Percentile estimated by linear interpolation between the published ones (clamped to 10–90). */
  estimatedPercentile: number | null;
  /** Salary minus the median, and as a share of it. */
  differenceFromMedian: number | null;
  differenceFromMedianShare: number | null;
}

export interface SalaryInsights {
  code: string;
  title: string;
  /** The SOC code and title the figures are published for (a broad group when OEWS has no detailed row). */
  socCode: string;
  socTitle: string;
  employment: number | null;
  annual: WagePoint[];
  hourly: WagePoint[];
  topCoded: boolean;
  source: string;
  period: string;
  comparison: SalaryComparison | null;
}

const PERCENTILES = [10, 25, 50, 75, 90] as const;
const KEYS = { 10: "p10", 25: "p25", 50: "median", 75: "p75", 90: "p90" } as const;

function formatMoney(value: number, period: PayPeriod): string {
  return period === "annual"
    ? `$${value.toLocaleString("en-US", { maximumFractionDigits: 0 })}`
    : `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function wagePoints(wages: NonNullable<CareerOccupation["wages"]>, period: PayPeriod): WagePoint[] {
  return PERCENTILES.map((percentile) => {
    const value = wages[period][KEYS[percentile]];
    const atLeast = value !== null && value >= TOP_CODE[period];
    const display = value === null ? "not available" : `${atLeast ? "≥ " : ""}${formatMoney(value, period)}`;
    return { percentile, value, atLeast, display };
  });
}

const ordinal = (p: number) => `${p}th`;

function compare(points: WagePoint[], salary: number, period: PayPeriod): SalaryComparison {
  const known = points.filter((p): p is WagePoint & { value: number } => p.value !== null);
  const median = points.find((p) => p.percentile === 50)?.value ?? null;
  let band = "not comparable: no published percentiles";
  let estimatedPercentile: number | null = null;
  if (known.length > 0) {
    const first = known[0]!;
    const last = known.at(-1)!;
    if (salary < first.value) {
      band = `below the ${ordinal(first.percentile)} percentile`;
      estimatedPercentile = first.percentile;
    } else if (salary >= last.value) {
      band = last.atLeast
        ? `at or above ${last.display.replace("≥ ", "")}, the top code of the published figures`
        : `at or above the ${ordinal(last.percentile)} percentile`;
      estimatedPercentile = last.percentile;
    } else {
      const upper = known.findIndex((p) => salary < p.value);
      const lo = known[upper - 1]!;
      const hi = known[upper]!;
      band = `between the ${ordinal(lo.percentile)} and ${ordinal(hi.percentile)} percentiles`;
      estimatedPercentile = Math.round(
        lo.percentile + ((salary - lo.value) / (hi.value - lo.value)) * (hi.percentile - lo.percentile),
      );
    }
  }
  return {
    salary,
    period,
    band,
    estimatedPercentile,
    differenceFromMedian: median === null ? null : Math.round((salary - median) * 100) / 100,
    differenceFromMedianShare: median === null ? null : Math.round(((salary - median) / median) * 1000) / 1000,
  };
}

/**
 * National OEWS wage percentiles of an occupation, with an optional salary placed among them. Undefined when BLS
 * publishes no wages for it.
 */
export function salaryInsights(
  occupation: CareerOccupation,
  compareWith?: { salary: number; period: PayPeriod },
): SalaryInsights | undefined {
  const wages = occupation.wages;
  if (!wages) return undefined;
  const annual = wagePoints(wages, "annual");
  const hourly = wagePoints(wages, "hourly");
  return {
    code: occupation.code,
    title: occupation.title,
    socCode: wages.socCode,
    socTitle: wages.socTitle,
    employment: wages.employment,
    annual,
    hourly,
    topCoded: wages.topCoded,
    source: WAGE_SOURCE,
    period: wages.period,
    comparison: compareWith
      ? compare(compareWith.period === "annual" ? annual : hourly, compareWith.salary, compareWith.period)
      : null,
  };
}
