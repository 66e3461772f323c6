import type { LearningResource } from "../../modules/reference-data/reference-data";
import type { SkillGap } from "./skill-gap";

export interface ResourceIndex {
  byTopic: Map<string, LearningResource[]>;
}

/** Rough effort to work through one resource, by kind; the catalogue has no durations, so these are stated guesses. */
export const HOURS_BY_KIND = { guide: 6, course: 20, book: 30 } as const;
/** Hours of study per O*NET level point still missing, for gaps with no resource behind them. */
const HOURS_PER_LEVEL = 10;
const RESOURCES_PER_STEP = 3;
/** Curated resources (picked for the skill) come before list entries; within a source, courses before books. */
const KIND_ORDER = { course: 0, guide: 1, book: 2 } as const;

/** "Node.js" / "node js" / "NodeJS" → "nodejs": how skill names meet catalogue topics. */
export function topicKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9+#]+/g, "");
}

/** Groups the catalogue by topic once, each topic's resources in presentation order. */
export function buildResourceIndex(resources: readonly LearningResource[]): ResourceIndex {
  const byTopic = new Map<string, LearningResource[]>();
  for (const r of resources) {
    for (const topic of r.topics) {
      const list = byTopic.get(topicKey(topic)) ?? [];
      list.push(r);
      byTopic.set(topicKey(topic), list);
    }
  }
  for (const list of byTopic.values()) {
    list.sort(
      (a, b) =>
        Number(a.source !== "curated") - Number(b.source !== "curated") ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.title.localeCompare(b.title),
    );
  }
  return { byTopic };
}

/** Free resources for a skill, technology or knowledge area, best first (every catalogue entry is free). */
export function resourcesFor(index: ResourceIndex, skill: string, limit = RESOURCES_PER_STEP): LearningResource[] {
  return (index.byTopic.get(topicKey(skill)) ?? []).slice(0, limit);
}

export interface PlanItem {
  /** A gap to close: an O*NET element or a technology, with how far off the person is (level points; 1 for a tool). */
  name: string;
  levelGap: number;
}

export interface PlanStep {
  skill: string;
  resources: LearningResource[];
  hours: number;
  /** Weeks counted from the start of the plan, 1-based and inclusive. */
  startWeek: number;
  endWeek: number;
}

export interface LearningPlan {
  weeklyHours: number;
  totalHours: number;
  totalWeeks: number;
  steps: PlanStep[];
}

/**
 * Orders the gaps as given (callers pass them highest priority first) into consecutive study blocks at the chosen
 * weekly hours. A step with a resource takes that resource's estimated hours; one without takes hours in
 * proportion to the missing level, to be spent on practice at work or in projects.
 */
export function buildLearningPlan(index: ResourceIndex, items: readonly PlanItem[], weeklyHours: number): LearningPlan {
  if (!(weeklyHours > 0)) throw new RangeError("weeklyHours must be positive");
  let hoursSoFar = 0;
  const steps = items.map((item) => {
    const resources = resourcesFor(index, item.name);
    const first = resources[0];
    const hours = first ? HOURS_BY_KIND[first.kind] : Math.max(1, Math.ceil(item.levelGap * HOURS_PER_LEVEL));
    const startWeek = Math.floor(hoursSoFar / weeklyHours) + 1;
    hoursSoFar += hours;
    const endWeek = Math.ceil(hoursSoFar / weeklyHours);
    return { skill: item.name, resources, hours, startWeek, endWeek };
  });
  return { weeklyHours, totalHours: hoursSoFar, totalWeeks: Math.ceil(hoursSoFar / weeklyHours), steps };
}

/** The gaps of a skill-gap analysis as plan items: elements by priority, then up to `technologies` hot tools. */
export function planItemsFromGap(gap: SkillGap, technologies = 5): PlanItem[] {
  return [
    ...gap.gaps.map((g) => ({ name: g.name, levelGap: Math.round((g.targetLevel - g.currentLevel) * 100) / 100 })),
    ...gap.missingTechnologies.slice(0, technologies).map((t) => ({ name: t.name, levelGap: 1 })),
  ];
}
