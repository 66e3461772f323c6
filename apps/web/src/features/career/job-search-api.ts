import type { JobSearchPlanDetail, JobSearchPlanSummary, JobSearchTaskResult } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

const base = "/api/v1/career/job-search-plans";

export const jobSearchKeys = {
  all: ["career", "job-search-plans"] as const,
  latest: ["career", "job-search-plans", "latest"] as const,
  plan: (id: string) => ["career", "job-search-plans", "plan", id] as const,
};

/** A plan with its ticks. `initial` is a plan the page already has (a coach answer); it is refreshed from the API. */
export function useJobSearchPlan(id: string | null, initial?: JobSearchPlanDetail) {
  return useQuery({
    queryKey: jobSearchKeys.plan(id ?? ""),
    queryFn: () => api.get<JobSearchPlanDetail>(`${base}/${id}`),
    enabled: id !== null,
    initialData: initial,
  });
}

/** The user's newest plan, or null when there is none. */
export function useLatestJobSearchPlan() {
  return useQuery({
    queryKey: jobSearchKeys.latest,
    queryFn: async () =>
      (await api.get<{ items: JobSearchPlanSummary[] }>(base, { query: { limit: 1 } })).items[0] ?? null,
  });
}

/** The plan with one task ticked or unticked, its progress counted again from the ticks. */
export function withTaskDone(plan: JobSearchPlanDetail, taskId: string, doneAt: string | null): JobSearchPlanDetail {
  const weeks = plan.plan.weeks.map((week) => ({
    ...week,
    tasks: week.tasks.map((task) => (task.id === taskId ? { ...task, doneAt } : task)),
  }));
  const tasks = weeks.flatMap((w) => w.tasks);
  const done = tasks.filter((t) => t.doneAt !== null).length;
  const current = plan.progress.thisWeek && weeks.find((w) => w.week === plan.progress.thisWeek?.week);
  return {
    ...plan,
    plan: { ...plan.plan, weeks },
    progress: {
      done,
      total: tasks.length,
      percent: tasks.length ? Math.round((done / tasks.length) * 100) : 0,
      thisWeek: current
        ? {
            week: current.week,
            done: current.tasks.filter((t) => t.doneAt !== null).length,
            total: current.tasks.length,
          }
        : null,
    },
  };
}

/**
 * Ticks a task at once and saves it in the background. A failure unticks only that task, so another toggle still in
 * flight (from a quick second click) keeps its own state.
 */
export function useToggleJobSearchTask(planId: string) {
  const queryClient = useQueryClient();
  const key = jobSearchKeys.plan(planId);
  const setTask = (taskId: string, doneAt: string | null) =>
    queryClient.setQueryData<JobSearchPlanDetail>(key, (plan) => plan && withTaskDone(plan, taskId, doneAt));
  return useMutation({
    mutationFn: ({ taskId, done }: { taskId: string; done: boolean }) =>
      api.patch<JobSearchTaskResult>(`${base}/${planId}/tasks/${encodeURIComponent(taskId)}`, { done }),
    // The tick itself shows through useInstantChoice; this keeps the week counts and the dashboard in step.
    onMutate: ({ taskId, done }) => {
      void queryClient.cancelQueries({ queryKey: key });
      const before = queryClient
        .getQueryData<JobSearchPlanDetail>(key)
        ?.plan.weeks.flatMap((w) => w.tasks)
        .find((t) => t.id === taskId)?.doneAt;
      setTask(taskId, done ? new Date().toISOString() : null);
      return { before: before ?? null };
    },
    onError: (_error, { taskId }, context) => setTask(taskId, context?.before ?? null),
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobSearchKeys.latest }),
  });
}
