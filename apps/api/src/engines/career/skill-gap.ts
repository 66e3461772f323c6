import type { CareerOccupation } from "./career-occupation";

export interface ElementGap {
  kind: "skill" | "knowledge";
  name: string;
  /** Target occupation's O*NET importance, 1–5. */
  importance: number;
  /** Target occupation's O*NET level, 0–7. */
  targetLevel: number;
  /** The person's estimated level: the current occupation's level, the target level when listed, else 0. */
  currentLevel: number;
  /** (importance − 1) / 4 × (target level − current level): what closing this gap is worth. */
  priority: number;
}

export interface TechnologyGap {
  name: string;
  hot: boolean;
  inDemand: boolean;
}

export interface SkillGap {
  to: { code: string; title: string };
  from: { code: string; title: string } | null;
  /** Elements the target needs more of, highest priority first. */
  gaps: ElementGap[];
  /** Important target elements the person already meets. */
  covered: ElementGap[];
  /** Target technologies the person does not list: Hot Technologies first, then In Demand. */
  missingTechnologies: TechnologyGap[];
  coveredTechnologies: string[];
  /** ESCO essential skills of the target that the current occupation or the listed skills do not name. */
  missingEscoSkills: string[];
  /** 0–1: the share of the target's weighted requirements already met. */
  readiness: number;
}

export interface SkillGapInput {
  to: CareerOccupation;
  /** The current occupation, whose O*NET levels stand for the person's own. */
  from?: CareerOccupation | null;
  /** Skills the person names or the resume lists ("Python", "Critical Thinking", "patient care"). */
  skills?: readonly string[];
}

/** Elements below this O*NET importance are "not important" for the job and are not reported as gaps. */
export const MIN_GAP_IMPORTANCE = 3;

const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, " ")
    .trim();

/**
 * Compares the target occupation's O*NET Skills and Knowledge (importance ≥ 3) with the person's estimated levels,
 * and lists the target's technologies and ESCO essential skills they do not name. A skill the person lists counts
 * as met at the target level: the data cannot tell how well they know it, and asking beats guessing low.
 */
export function analyseSkillGap({ to, from = null, skills = [] }: SkillGapInput): SkillGap {
  const named = new Set(skills.map(key));
  const currentLevels = new Map<string, number>();
  for (const e of from?.skills ?? []) currentLevels.set(`skill:${e.name}`, e.level ?? 0);
  for (const e of from?.knowledge ?? []) currentLevels.set(`knowledge:${e.name}`, e.level ?? 0);

  const gaps: ElementGap[] = [];
  const covered: ElementGap[] = [];
  let needed = 0;
  let met = 0;
  const elements = [
    ...to.skills.map((e) => ({ ...e, kind: "skill" as const })),
    ...to.knowledge.map((e) => ({ ...e, kind: "knowledge" as const })),
  ];
  for (const e of elements) {
    if (e.importance < MIN_GAP_IMPORTANCE || e.level === null) continue;
    const weight = (e.importance - 1) / 4;
    const current = named.has(key(e.name)) ? e.level : (currentLevels.get(`${e.kind}:${e.name}`) ?? 0);
    const missing = Math.max(0, e.level - current);
    const entry: ElementGap = {
      kind: e.kind,
      name: e.name,
      importance: e.importance,
      targetLevel: e.level,
      currentLevel: current,
      priority: round(weight * missing),
    };
    needed += weight * e.level;
    met += weight * Math.min(current, e.level);
    (missing > 0 ? gaps : covered).push(entry);
  }
  gaps.sort((a, b) => b.priority - a.priority || b.importance - a.importance || a.name.localeCompare(b.name));
  covered.sort((a, b) => b.importance - a.importance || a.name.localeCompare(b.name));

  const known = new Set([...named, ...(from?.technologies ?? []).map((t) => key(t.name))]);
  const missingTechnologies = to.technologies
    .filter((t) => !known.has(key(t.name)))
    .sort((a, b) => Number(b.hot) - Number(a.hot) || Number(b.inDemand) - Number(a.inDemand));
  const coveredTechnologies = to.technologies.filter((t) => known.has(key(t.name))).map((t) => t.name);
  const knownEsco = new Set([...named, ...(from?.escoSkills ?? []).map(key)]);

  return {
    to: { code: to.code, title: to.title },
    from: from ? { code: from.code, title: from.title } : null,
    gaps,
    covered,
    missingTechnologies,
    coveredTechnologies,
    missingEscoSkills: to.escoSkills.filter((s) => !knownEsco.has(key(s))),
    readiness: needed > 0 ? round(met / needed) : 1,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
