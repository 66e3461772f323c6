/**
 * The career engine: pure functions over the O*NET 29.3 / ESCO v1.1.1 / BLS OEWS May 2024 occupation records, the
 * occupation similarities scripts/build-data.ts computes with buildSimilarityModel, and the learning-resource
 * catalogue, all loaded by modules/reference-data. No I/O, no clock. Build a `CareerIndex` once at start-up (a few
 * hundred milliseconds: the title index; the similarities are only decoded) and pass it to every call.
 *
 *   buildCareerIndex(occupations: Occupation[], similarityRows: SimilarityRow[], resources: LearningResource[])
 *   findOccupation(index, code: string): Occupation | undefined
 *
 *   matchOccupations(index.titles, query: string, limit = 10): OccupationMatch[]            — free-text title → codes
 *   analyseSkillGap({ to: Occupation, from?: Occupation | null, skills?: string[] }): SkillGap
 *   occupationSimilarity(index.similarity, fromCode, toCode): number | undefined            — 0–1
 *   nextRoles(index.similarity, index.occupations, fromCode, { maxJobZoneStep?, minSalaryRatio?, limit? }): NextRole[]
 *   careerPath(index.similarity, index.occupations, fromCode, toCode, { maxSteps?, maxJobZoneStep? }):
 *     CareerPath | undefined
 *   salaryInsights(occupation, { salary, period: "annual" | "hourly" }?): SalaryInsights | undefined
 *   interviewQuestions(occupation, { task?, skill?, technology?, behavioural? counts }?): InterviewQuestion[]
 *   assessAnswer(answer: string, tools?: string[]): AnswerFeedback                         — STAR practice feedback
 *   resourcesFor(index.resources, skill: string, limit = 3): LearningResource[]
 *   planItemsFromGap(gap: SkillGap, technologies = 5): PlanItem[]
 *   buildLearningPlan(index.resources, items: PlanItem[], weeklyHours: number): LearningPlan
 */
import type { LearningResource, SimilarityRow } from "../../modules/reference-data/reference-data";
import type { CareerOccupation } from "./career-occupation";
import { buildResourceIndex, type ResourceIndex } from "./learning-plan";
import { buildOccupationIndex, type OccupationIndex } from "./occupation-match";
import { decodeSimilarityRows, type SimilarityModel, similarityModelFromMatrix } from "./occupation-similarity";

export type { AnswerFeedback } from "./answer-feedback";
export { assessAnswer } from "./answer-feedback";
export type { CareerOccupation } from "./career-occupation";
export type { CareerPath, NextRole, PathOptions, PathStep, RoleReasons } from "./career-paths";
export { careerPath, nextRoles } from "./career-paths";
export type { InterviewQuestion, QuestionKind } from "./interview-questions";
export { interviewQuestions } from "./interview-questions";
export type { LearningPlan, PlanItem, PlanStep, ResourceIndex } from "./learning-plan";
export { buildLearningPlan, buildResourceIndex, planItemsFromGap, resourcesFor } from "./learning-plan";
export type { OccupationIndex, OccupationMatch } from "./occupation-match";
export { buildOccupationIndex, matchOccupations } from "./occupation-match";
export type { SimilarityModel } from "./occupation-similarity";
export {
  buildSimilarityModel,
  decodeSimilarityRows,
  encodeSimilarityRows,
  occupationSimilarity,
  similarityModelFromMatrix,
} from "./occupation-similarity";
export type { PayPeriod, SalaryComparison, SalaryInsights, WagePoint } from "./salary-insights";
export { salaryInsights, TOP_CODE, WAGE_SOURCE } from "./salary-insights";
export type { ElementGap, SkillGap, SkillGapInput, TechnologyGap } from "./skill-gap";
export { analyseSkillGap } from "./skill-gap";

export interface CareerIndex {
  occupations: readonly CareerOccupation[];
  byCode: Map<string, CareerOccupation>;
  titles: OccupationIndex;
  similarity: SimilarityModel;
  resources: ResourceIndex;
}

/** `similarityRows` are the stored rows of buildSimilarityModel(occupations), one per occupation in the same order. */
export function buildCareerIndex(
  occupations: readonly CareerOccupation[],
  similarityRows: readonly SimilarityRow[],
  resources: readonly LearningResource[],
): CareerIndex {
  const stale = similarityRows.findIndex((row, i) => row.code !== occupations[i]?.code);
  if (stale >= 0 || similarityRows.length !== occupations.length) {
    throw new Error("The occupation similarities do not match the occupations: run `npm run data` to rebuild both.");
  }
  return {
    occupations,
    byCode: new Map(occupations.map((o) => [o.code, o])),
    titles: buildOccupationIndex(occupations),
    similarity: similarityModelFromMatrix(occupations, decodeSimilarityRows(similarityRows.map((row) => row.below))),
    resources: buildResourceIndex(resources),
  };
}

export function findOccupation(index: CareerIndex, code: string): CareerOccupation | undefined {
  return index.byCode.get(code);
}
