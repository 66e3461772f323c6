import type {
  AnswerAssessmentRequest,
  AnswerFeedbackResponse,
  CareerPathQuery,
  CareerPaths,
  DataSource,
  InterviewQuestions,
  LearningPlanRequest,
  LearningPlanResponse,
  OccupationDetail,
  OccupationMatchList,
  OccupationSearchQuery,
  Resume,
  SalaryInsightsResponse,
  SalaryQuery,
  SkillGapRequest,
  SkillGapResponse,
} from "@hirefolio/shared";
import {
  analyseSkillGap,
  assessAnswer,
  buildCareerIndex,
  buildLearningPlan,
  type CareerIndex,
  type CareerOccupation,
  careerPath,
  findOccupation,
  interviewQuestions,
  matchOccupations,
  nextRoles,
  planItemsFromGap,
  type SalaryInsights,
  salaryInsights,
  WAGE_SOURCE,
} from "../../engines/career";
import type { SessionUser } from "../../http/auth-guard";
import { HttpProblem, problems } from "../../http/problem";
import { loadLearningResources, loadOccupationSimilarity, loadOccupations } from "../reference-data/reference-data";
import type { ResumesService } from "../resumes/resumes-service";

const ONET_SOURCE: DataSource = {
  dataset: "O*NET 29.3",
  period: "May 2025",
  citation:
    "O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), CC BY 4.0",
};
const ESCO_SOURCE: DataSource = {
  dataset: "ESCO",
  period: "v1.1.1",
  citation: "ESCO classification of the European Commission",
};
const wageSource = (period: string): DataSource => ({
  dataset: "BLS OEWS",
  period,
  citation: `${WAGE_SOURCE}, ${period}`,
});

/** Caps that keep every response a few kilobytes however rich the occupation is. */
const LIMITS = {
  elements: 10,
  technologies: 15,
  tasks: 8,
  titles: 10,
  gaps: 15,
  coveredTechnologies: 20,
  escoSkills: 10,
  planSteps: 20,
  namedSkills: 400,
};

const isOnetCode = (value: string) => /^\d\d-\d{4}\.\d\d$/.test(value);
const ref = (o: CareerOccupation) => ({ code: o.code, title: o.title });

function occupationNotFound(code: string) {
  return new HttpProblem(404, "not-found", "Occupation not found", `No O*NET occupation has the code ${code}.`);
}

function toSalaryResponse(insights: SalaryInsights): SalaryInsightsResponse {
  const { source: _citation, period, ...figures } = insights;
  return { ...figures, source: wageSource(period) };
}

/** The skills and keywords a resume lists: what the person says they know. */
function resumeSkills(document: Resume["document"]): string[] {
  return [
    ...document.skills.flatMap((s) => [s.name ?? "", ...(s.keywords ?? [])]),
    ...document.projects.flatMap((p) => p.keywords ?? []),
  ];
}

/**
 * Serves the career engine over the O*NET 29.3, ESCO v1.1.1 and BLS OEWS May 2024 bundle. Loading it and building
 * the index (title matcher, similarity graph, resource index) takes about half a second and ~25 MB, so it happens
 * once per process: on the first request, or earlier through warmUp(). Only a resume read touches the database, through ResumesService's owner check.
 */
export function createCareerService(deps: { resumes: ResumesService }) {
  let careerIndex: Promise<CareerIndex> | undefined;

  function loadIndex(): Promise<CareerIndex> {
    if (!careerIndex) {
      const building = Promise.all([loadOccupations(), loadOccupationSimilarity(), loadLearningResources()]).then(
        ([occupations, similarity, resources]) => buildCareerIndex(occupations, similarity, resources),
      );
      // A failed build is not kept, so a later request can retry it.
      building.catch(() => {
        careerIndex = undefined;
      });
      careerIndex = building;
    }
    return careerIndex;
  }

  function occupation(index: CareerIndex, code: string): CareerOccupation {
    const found = findOccupation(index, code);
    if (!found) throw occupationNotFound(code);
    return found;
  }

  /** `from` is a code or a free-text title; a title resolves to its best-matching occupation. */
  function resolveFrom(index: CareerIndex, from: string) {
    if (isOnetCode(from)) return { occupation: occupation(index, from), matchedTitle: null };
    const [best] = matchOccupations(index.titles, from, 1);
    if (!best) {
      throw problems.unprocessable(
        "occupation-not-recognised",
        "Occupation not recognised",
        `No occupation title matches "${from}". Try another wording or an O*NET-SOC code.`,
      );
    }
    return { occupation: occupation(index, best.code), matchedTitle: best.matchedTitle };
  }

  async function namedSkills(user: SessionUser, request: SkillGapRequest): Promise<string[]> {
    const fromResume = request.resumeId ? resumeSkills((await deps.resumes.get(user, request.resumeId)).document) : [];
    const unique = new Map([...(request.skills ?? []), ...fromResume].map((s) => [s.trim().toLowerCase(), s.trim()]));
    unique.delete("");
    return [...unique.values()].slice(0, LIMITS.namedSkills);
  }

  async function analyse(user: SessionUser, request: SkillGapRequest) {
    // The owner check runs alongside the index build; either failing fails the request.
    const [index, skills] = await Promise.all([loadIndex(), namedSkills(user, request)]);
    const to = occupation(index, request.to);
    const from = resolveFrom(index, request.from);
    const gap = analyseSkillGap({ from: from.occupation, to, skills });
    return {
      index,
      gap,
      skills,
      from: { ...ref(from.occupation), matchedTitle: from.matchedTitle },
      to: ref(to),
    };
  }

  return {
    warmUp: async () => {
      await loadIndex();
    },

    async searchOccupations(query: OccupationSearchQuery): Promise<OccupationMatchList> {
      const index = await loadIndex();
      const items = matchOccupations(index.titles, query.q, query.limit).map((m) => ({
        code: m.code,
        title: m.title,
        matchedTitle: m.matchedTitle,
        score: m.score,
      }));
      return { items, source: ONET_SOURCE };
    },

    async occupationDetail(code: string): Promise<OccupationDetail> {
      const index = await loadIndex();
      const o = occupation(index, code);
      const wages = salaryInsights(o);
      return {
        ...ref(o),
        description: o.description,
        jobZone: o.jobZone,
        skills: o.skills.slice(0, LIMITS.elements),
        knowledge: o.knowledge.slice(0, LIMITS.elements),
        technologies: o.technologies.slice(0, LIMITS.technologies),
        tasks: o.tasks.slice(0, LIMITS.tasks).map((t) => t.statement),
        alternateTitles: o.alternateTitles.slice(0, LIMITS.titles),
        reportedTitles: o.reportedTitles.slice(0, LIMITS.titles),
        related: o.related.flatMap((c) => {
          const related = findOccupation(index, c);
          return related ? [ref(related)] : [];
        }),
        source: ONET_SOURCE,
        wages: wages ? toSalaryResponse(wages) : null,
      };
    },

    async skillGap(user: SessionUser, request: SkillGapRequest): Promise<SkillGapResponse> {
      const { gap, skills, from, to } = await analyse(user, request);
      return {
        from,
        to,
        readiness: gap.readiness,
        gaps: gap.gaps.slice(0, LIMITS.gaps),
        covered: gap.covered.slice(0, LIMITS.gaps),
        missingTechnologies: gap.missingTechnologies.slice(0, LIMITS.technologies),
        coveredTechnologies: gap.coveredTechnologies.slice(0, LIMITS.coveredTechnologies),
        missingEscoSkills: gap.missingEscoSkills.slice(0, LIMITS.escoSkills),
        skillsConsidered: skills.length,
        sources: [ONET_SOURCE, ESCO_SOURCE],
      };
    },

    async paths(query: CareerPathQuery): Promise<CareerPaths> {
      const index = await loadIndex();
      const from = occupation(index, query.from);
      const to = query.to ? occupation(index, query.to) : null;
      // Paths compare median wages of many occupations, all from the one OEWS release the bundle holds.
      const wagePeriod = index.occupations.find((o) => o.wages)?.wages?.period;
      const sources = wagePeriod ? [ONET_SOURCE, wageSource(wagePeriod)] : [ONET_SOURCE];
      if (to) {
        const path = careerPath(index.similarity, index.occupations, from.code, to.code) ?? null;
        return { from: ref(from), to: ref(to), nextRoles: [], path, sources };
      }
      const roles = nextRoles(index.similarity, index.occupations, from.code, { limit: query.limit });
      return { from: ref(from), to: null, nextRoles: roles, path: null, sources };
    },

    async salary(query: SalaryQuery): Promise<SalaryInsightsResponse> {
      const index = await loadIndex();
      const o = occupation(index, query.code);
      const compareWith =
        query.compare === undefined ? undefined : { salary: query.compare, period: query.comparePeriod };
      const insights = salaryInsights(o, compareWith);
      if (!insights) {
        throw new HttpProblem(404, "not-found", "Wages not found", `BLS OEWS publishes no wages for ${o.title}.`);
      }
      return toSalaryResponse(insights);
    },

    async interviewQuestions(code: string): Promise<InterviewQuestions> {
      const o = occupation(await loadIndex(), code);
      return { occupation: ref(o), questions: interviewQuestions(o), source: ONET_SOURCE };
    },

    async assessAnswer(request: AnswerAssessmentRequest): Promise<AnswerFeedbackResponse> {
      const tools = request.code ? occupation(await loadIndex(), request.code).technologies.map((t) => t.name) : [];
      return { question: request.question, ...assessAnswer(request.answer, tools) };
    },

    async learningPlan(user: SessionUser, request: LearningPlanRequest): Promise<LearningPlanResponse> {
      const { index, gap, from, to } = await analyse(user, request);
      const items = planItemsFromGap(gap).slice(0, LIMITS.planSteps);
      const plan = buildLearningPlan(index.resources, items, request.weeklyHours);
      return {
        from,
        to,
        ...plan,
        steps: plan.steps.map((step) => ({
          ...step,
          resources: step.resources.map(({ title, url, kind, provider, source }) => ({
            title,
            url,
            kind,
            provider,
            source,
          })),
        })),
        sources: [ONET_SOURCE, ESCO_SOURCE],
      };
    },
  };
}

export type CareerService = ReturnType<typeof createCareerService>;
