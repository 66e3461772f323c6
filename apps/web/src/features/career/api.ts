import type {
  AnswerAssessmentRequest,
  AnswerFeedbackResponse,
  CareerPaths,
  InterviewQuestions,
  LearningPlanResponse,
  OccupationMatchList,
  SalaryInsightsResponse,
  SkillGapRequest,
  SkillGapResponse,
} from "@hirefolio/shared";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

const base = "/api/v1/career";

export const careerKeys = {
  search: (q: string) => ["career", "occupations", q] as const,
  skillGap: (input: SkillGapRequest) => ["career", "skill-gap", input] as const,
  salary: (code: string, compare?: number) => ["career", "salary", code, compare ?? null] as const,
  paths: (from: string, to?: string) => ["career", "paths", from, to ?? null] as const,
  questions: (code: string) => ["career", "interview-questions", code] as const,
  learningPlan: (input: SkillGapRequest, weeklyHours: number) =>
    ["career", "learning-plan", input, weeklyHours] as const,
};

/** Occupations matching a typed title; idle until there is something to search for. */
export function useOccupationSearch(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: careerKeys.search(term),
    queryFn: ({ signal }) =>
      api.get<OccupationMatchList>(`${base}/occupations`, { query: { q: term, limit: 8 }, signal }),
    enabled: term.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

// Skill gaps and plans are computed, not stored: POST only because the request has a body, so they cache like reads.
export function useSkillGap(input: SkillGapRequest | null) {
  return useQuery({
    queryKey: careerKeys.skillGap(input ?? { from: "", to: "" }),
    queryFn: () => api.post<SkillGapResponse>(`${base}/skill-gap`, input),
    enabled: input !== null,
  });
}

export function useSalary(code: string | null, compare?: number) {
  return useQuery({
    queryKey: careerKeys.salary(code ?? "", compare),
    queryFn: () => api.get<SalaryInsightsResponse>(`${base}/salary`, { query: { code, compare } }),
    enabled: code !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCareerPaths(from: string | null, to?: string) {
  return useQuery({
    queryKey: careerKeys.paths(from ?? "", to),
    queryFn: () => api.get<CareerPaths>(`${base}/paths`, { query: { from, to, limit: 6 } }),
    enabled: from !== null,
  });
}

export function useInterviewQuestions(code: string | null) {
  return useQuery({
    queryKey: careerKeys.questions(code ?? ""),
    queryFn: () => api.get<InterviewQuestions>(`${base}/interview-questions`, { query: { code } }),
    enabled: code !== null,
  });
}

export function useLearningPlan(input: SkillGapRequest | null, weeklyHours: number) {
  return useQuery({
    queryKey: careerKeys.learningPlan(input ?? { from: "", to: "" }, weeklyHours),
    queryFn: () => api.post<LearningPlanResponse>(`${base}/learning-plan`, { ...input, weeklyHours }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}

export function useAssessAnswer() {
  return useMutation({
    mutationFn: (input: AnswerAssessmentRequest) =>
      api.post<AnswerFeedbackResponse>(`${base}/interview-answers/assess`, input),
  });
}
