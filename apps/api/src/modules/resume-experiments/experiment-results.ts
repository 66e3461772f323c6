import type {
  ExperimentDay,
  ExperimentGoal,
  ExperimentResults,
  ExperimentVariant,
  ExperimentVerdict,
} from "@hirefolio/shared";
import { analyzeExperiment, type MinimumSample, type Verdict } from "../../engines/ab-stats/ab-stats";
import type { ResumeEventKind } from "./resume-events-repo";

type Counts = Record<"views" | "downloads" | "applications" | "interviews", number>;
export interface EventCount {
  resumeId: string;
  kind: ResumeEventKind;
  day: string;
  count: number;
}

const countKey: Record<ResumeEventKind, keyof Counts> = {
  view: "views",
  download: "downloads",
  application: "applications",
  interview: "interviews",
};

/**
 * What a trial and a conversion are for each goal, and the sample below which no verdict is given. Views are
 * plentiful, applications are not: a job seeker sends dozens, not thousands.
 */
export const goals: Record<
  ExperimentGoal,
  { trials: keyof Counts; conversions: keyof Counts; minimum: MinimumSample }
> = {
  interview: {
    trials: "applications",
    conversions: "interviews",
    minimum: { trialsPerVariant: 20, totalConversions: 5 },
  },
  application: { trials: "views", conversions: "applications", minimum: { trialsPerVariant: 50, totalConversions: 5 } },
};

const emptyCounts = (): Counts => ({ views: 0, downloads: 0, applications: 0, interviews: 0 });
const percent = (p: number) => `${Math.round(p * 100)}%`;
const plural = (n: number, noun: string) => `${n.toLocaleString("en-US")} more ${n === 1 ? noun.slice(0, -1) : noun}`;

function verdictView(verdict: Verdict, trialsNoun: string): ExperimentVerdict {
  switch (verdict.kind) {
    case "not-enough-data":
      return {
        kind: verdict.kind,
        message: `Not enough data yet — ${plural(verdict.moreTrialsNeeded, trialsNoun)} needed before a verdict.`,
        label: null,
        probabilityBest: null,
        moreTrialsNeeded: verdict.moreTrialsNeeded,
        moreConversionsNeeded: verdict.moreConversionsNeeded,
      };
    case "winner":
      return {
        kind: verdict.kind,
        message: `Variant ${verdict.label} wins: it is the best with ${percent(verdict.probabilityBest)} probability.`,
        label: verdict.label,
        probabilityBest: verdict.probabilityBest,
        moreTrialsNeeded: 0,
        moreConversionsNeeded: 0,
      };
    case "no-clear-winner":
      return {
        kind: verdict.kind,
        message:
          `No clear winner yet: ${verdict.leader} leads with a ${percent(verdict.probabilityBest)} chance of being ` +
          "best (a verdict needs 95%). Keep the test running.",
        label: verdict.leader,
        probabilityBest: verdict.probabilityBest,
        moreTrialsNeeded: 0,
        moreConversionsNeeded: 0,
      };
  }
}

/** Every UTC day from the first to the last, inclusive, as YYYY-MM-DD. */
export function daysBetween(first: Date, last: Date) {
  const days: string[] = [];
  const cursor = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate()));
  while (cursor.getTime() <= last.getTime()) {
    days.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

/**
 * Turns counted events into the results page: totals per variant, the Bayesian analysis of the goal's trials and
 * conversions, and a day-by-day series over `days`.
 */
export function buildResults(input: {
  experiment: ExperimentResults["experiment"];
  variants: ExperimentVariant[];
  events: EventCount[];
  days: string[];
}): ExperimentResults {
  const { experiment, variants, events, days } = input;
  const goal = goals[experiment.goal];
  const totals = new Map(variants.map((v) => [v.resumeId, emptyCounts()]));
  const byDay = new Map(days.map((day) => [day, new Map(variants.map((v) => [v.resumeId, emptyCounts()]))]));
  for (const event of events) {
    const key = countKey[event.kind];
    const total = totals.get(event.resumeId);
    if (total) total[key] += event.count;
    const daily = byDay.get(event.day)?.get(event.resumeId);
    if (daily) daily[key] += event.count;
  }
  const counted = variants.map((v) => ({ variant: v, counts: totals.get(v.resumeId) ?? emptyCounts() }));
  const analysis = analyzeExperiment(
    counted.map(({ variant, counts }) => ({
      label: variant.label,
      trials: counts[goal.trials],
      // Views and applications are counted apart (one can apply without opening the link), so cap at the trials.
      conversions: Math.min(counts[goal.conversions], counts[goal.trials]),
    })),
    goal.minimum,
  );
  return {
    experiment,
    trialsNoun: goal.trials === "views" ? "views" : "applications",
    conversionsNoun: goal.conversions === "interviews" ? "interviews" : "applications",
    minimumSample: goal.minimum,
    variants: counted.map(({ variant, counts }, i) => ({
      ...variant,
      ...counts,
      ...(analysis.variants[i] as (typeof analysis.variants)[number]),
    })),
    verdict: verdictView(analysis.verdict, goal.trials),
    timeline: [...byDay].map(
      ([date, perVariant]): ExperimentDay => ({
        date,
        variants: variants.map((v) => ({ label: v.label, ...(perVariant.get(v.resumeId) ?? emptyCounts()) })),
      }),
    ),
  };
}
