"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createExperiment,
  deleteExperiment,
  endExperiment,
  experimentKeys,
  fetchExperiments,
  fetchResults,
} from "../api";

export function useExperiments() {
  return useQuery({ queryKey: experimentKeys.list, queryFn: fetchExperiments });
}

export function useExperimentResults(experimentId: string) {
  return useQuery({ queryKey: experimentKeys.results(experimentId), queryFn: () => fetchResults(experimentId) });
}

/** Every change to an experiment refreshes the list and any results shown. */
export function useExperimentMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: experimentKeys.all });
  return {
    create: useMutation({ mutationFn: createExperiment, onSuccess: refresh }),
    end: useMutation({ mutationFn: endExperiment, onSuccess: refresh }),
    remove: useMutation({ mutationFn: deleteExperiment, onSuccess: refresh }),
  };
}
