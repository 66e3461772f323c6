import type { CareerOccupation } from "./career-occupation";
import { type SimilarityModel, similarityRow } from "./occupation-similarity";
import { analyseSkillGap } from "./skill-gap";

export interface PathOptions {
  /** Largest rise in O*NET Job Zone (preparation needed) per move; a fall of more than this is not offered either. */
  maxJobZoneStep?: number;
  /** Smallest target/current median wage ratio offered as a next role (null: no salary filter). */
  minSalaryRatio?: number | null;
  limit?: number;
}

export interface RoleReasons {
  /** 0–1 similarity of skills, knowledge, interests, tasks and titles. */
  similarity: number;
  /** Position in O*NET's Related Occupations list (1 = closest), null when O*NET does not list it. */
  onetRelatedRank: number | null;
  /** Skills and knowledge both jobs rate important (≥ 3.5), most important first. */
  sharedSkills: string[];
  gapCount: number;
  /** The largest gaps by priority. */
  topGaps: string[];
  readiness: number;
  jobZoneChange: number | null;
  /** Median annual wage difference (BLS OEWS), null when either is not published. */
  salaryDelta: number | null;
  salaryRatio: number | null;
}

export interface NextRole {
  code: string;
  title: string;
  jobZone: number | null;
  medianAnnualWage: number | null;
  /** Blend of similarity (relative to the best candidate) and O*NET relatedness. */
  score: number;
  reasons: RoleReasons;
}

/** Similarity dominates; O*NET's list (built by analysts with data we lack, such as work activities) nudges. */
const SIMILARITY_SHARE = 0.7;
const SHARED_SKILL_IMPORTANCE = 3.5;
const DEFAULTS = { maxJobZoneStep: 1, minSalaryRatio: 0.75, limit: 10 };

const median = (o: CareerOccupation) => o.wages?.annual.median ?? null;

function reasonsFor(from: CareerOccupation, to: CareerOccupation, similarity: number): RoleReasons {
  const gap = analyseSkillGap({ from, to });
  const fromImportance = new Map([...from.skills, ...from.knowledge].map((e) => [e.name, e.importance]));
  const sharedSkills = [...to.skills, ...to.knowledge]
    .filter(
      (e) => e.importance >= SHARED_SKILL_IMPORTANCE && (fromImportance.get(e.name) ?? 0) >= SHARED_SKILL_IMPORTANCE,
    )
    .sort((a, b) => b.importance - a.importance)
    .slice(0, 5)
    .map((e) => e.name);
  const fromWage = median(from);
  const toWage = median(to);
  const rank = from.related.indexOf(to.code);
  return {
    similarity: Math.round(similarity * 1000) / 1000,
    onetRelatedRank: rank < 0 ? null : rank + 1,
    sharedSkills,
    gapCount: gap.gaps.length,
    topGaps: gap.gaps.slice(0, 3).map((g) => g.name),
    readiness: gap.readiness,
    jobZoneChange: from.jobZone !== null && to.jobZone !== null ? to.jobZone - from.jobZone : null,
    salaryDelta: fromWage !== null && toWage !== null ? toWage - fromWage : null,
    salaryRatio: fromWage !== null && toWage !== null ? Math.round((toWage / fromWage) * 1000) / 1000 : null,
  };
}

function allowed(reasons: RoleReasons, options: Required<PathOptions>): boolean {
  if (reasons.jobZoneChange !== null && Math.abs(reasons.jobZoneChange) > options.maxJobZoneStep) return false;
  if (options.minSalaryRatio !== null && reasons.salaryRatio !== null && reasons.salaryRatio < options.minSalaryRatio)
    return false;
  return true;
}

/**
 * Next roles from an occupation: its nearest occupations by the similarity model plus O*NET's related ones, ranked
 * by a blend of the two, kept within one Job Zone step and a salary floor, each with the reasons behind it.
 */
export function nextRoles(
  model: SimilarityModel,
  occupations: readonly CareerOccupation[],
  fromCode: string,
  options: PathOptions = {},
): NextRole[] {
  const settings = { ...DEFAULTS, ...options };
  const i = model.indexOf.get(fromCode);
  if (i === undefined) return [];
  const from = occupations[i]!;
  const row = similarityRow(model, i);
  const candidates = new Set([
    ...model.neighbours[i]!.map((n) => n.occupation),
    ...from.related.map((c) => model.indexOf.get(c)).filter((j): j is number => j !== undefined),
  ]);
  candidates.delete(i);
  const best = Math.max(...[...candidates].map((j) => row[j]!), Number.EPSILON);
  return [...candidates]
    .map((j) => {
      const to = occupations[j]!;
      const reasons = reasonsFor(from, to, row[j]!);
      const relatedness = reasons.onetRelatedRank === null ? 0 : 1 - (reasons.onetRelatedRank - 1) / 20;
      const score = SIMILARITY_SHARE * (row[j]! / best) + (1 - SIMILARITY_SHARE) * relatedness;
      return { code: to.code, title: to.title, jobZone: to.jobZone, medianAnnualWage: median(to), score, reasons };
    })
    .filter((role) => allowed(role.reasons, settings))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .slice(0, settings.limit)
    .map((role) => ({ ...role, score: Math.round(role.score * 1000) / 1000 }));
}

export interface PathStep {
  code: string;
  title: string;
  jobZone: number | null;
  medianAnnualWage: number | null;
  /** Similarity to the previous step (1 for the start). */
  similarity: number;
  gapCount: number;
  topGaps: string[];
}

export interface CareerPath {
  steps: PathStep[];
  /** Product of the step similarities: how plausible the whole route is, 0–1. */
  plausibility: number;
}

/** Every move costs a little on top of −log(similarity), so of two equally plausible routes the shorter wins. */
const STEP_COST = 0.05;
/** A move between occupations less similar than this is not a realistic step, however few neighbours there are. */
const MIN_STEP_SIMILARITY = 0.2;

/**
 * The most plausible route from one occupation to another over the nearest-neighbour graph (Dijkstra on
 * −log similarity), rising at most `maxJobZoneStep` Job Zones per move, taking at most `maxSteps` moves, each
 * between occupations at least 0.2 similar.
 * Undefined when no such route exists.
 */
export function careerPath(
  model: SimilarityModel,
  occupations: readonly CareerOccupation[],
  fromCode: string,
  toCode: string,
  options: { maxSteps?: number; maxJobZoneStep?: number } = {},
): CareerPath | undefined {
  const maxSteps = options.maxSteps ?? 4;
  const maxRise = options.maxJobZoneStep ?? 1;
  const start = model.indexOf.get(fromCode);
  const goal = model.indexOf.get(toCode);
  if (start === undefined || goal === undefined) return undefined;
  // States are (occupation, moves so far), so the move limit cannot cut off a cheaper but longer route early.
  const stateOf = (node: number, moves: number) => node * (maxSteps + 1) + moves;
  const cost = new Map<number, number>([[stateOf(start, 0), 0]]);
  const previous = new Map<number, { state: number; similarity: number }>();
  const queue: { state: number; node: number; moves: number; cost: number }[] = [
    { state: stateOf(start, 0), node: start, moves: 0, cost: 0 },
  ];
  const done = new Set<number>();
  while (queue.length > 0) {
    let at = 0;
    for (let k = 1; k < queue.length; k++) if (queue[k]!.cost < queue[at]!.cost) at = k;
    const current = queue.splice(at, 1)[0]!;
    if (done.has(current.state)) continue;
    done.add(current.state);
    if (current.node === goal) return buildPath(occupations, previous, current.state, maxSteps, goal);
    if (current.moves === maxSteps) continue;
    const zone = occupations[current.node]!.jobZone;
    for (const { occupation: next, similarity } of model.neighbours[current.node]!) {
      if (similarity < MIN_STEP_SIMILARITY) break; // neighbours are sorted, most similar first
      const nextZone = occupations[next]!.jobZone;
      if (zone !== null && nextZone !== null && nextZone - zone > maxRise) continue;
      const state = stateOf(next, current.moves + 1);
      const nextCost = current.cost - Math.log(Math.max(similarity, 1e-6)) + STEP_COST;
      if (nextCost < (cost.get(state) ?? Number.POSITIVE_INFINITY)) {
        cost.set(state, nextCost);
        previous.set(state, { state: current.state, similarity });
        queue.push({ state, node: next, moves: current.moves + 1, cost: nextCost });
      }
    }
  }
  return undefined;
}

function buildPath(
  occupations: readonly CareerOccupation[],
  previous: Map<number, { state: number; similarity: number }>,
  end: number,
  maxSteps: number,
  goal: number,
): CareerPath {
  const chain: { node: number; similarity: number }[] = [];
  let state: number | undefined = end;
  let node = goal;
  while (state !== undefined) {
    const link = previous.get(state);
    chain.unshift({ node, similarity: link?.similarity ?? 1 });
    state = link?.state;
    if (state !== undefined) node = Math.floor(state / (maxSteps + 1));
  }
  const steps = chain.map(({ node: n, similarity }, k) => {
    const o = occupations[n]!;
    const gap = k === 0 ? null : analyseSkillGap({ from: occupations[chain[k - 1]!.node]!, to: o });
    return {
      code: o.code,
      title: o.title,
      jobZone: o.jobZone,
      medianAnnualWage: median(o),
      similarity: Math.round(similarity * 1000) / 1000,
      gapCount: gap?.gaps.length ?? 0,
      topGaps: gap?.gaps.slice(0, 3).map((g) => g.name) ?? [],
    };
  });
  const plausibility = chain.reduce((p, c) => p * c.similarity, 1);
  return { steps, plausibility: Math.round(plausibility * 1000) / 1000 };
}
