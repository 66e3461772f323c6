"use client";

import type { CreateSnippet, Snippet, UpdateSnippet } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createSnippet, deleteSnippet, fetchSnippets, portfolioKeys, updateSnippet } from "../api";

export function useSnippets() {
  return useQuery({ queryKey: portfolioKeys.snippets, queryFn: fetchSnippets });
}

/** Creates or edits a snippet; the server highlights it, so the list shows its answer, not a guess. */
export function useSaveSnippet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: CreateSnippet | UpdateSnippet }) =>
      id ? updateSnippet(id, input) : createSnippet(input as CreateSnippet),
    onSuccess: (saved) =>
      queryClient.setQueryData<Snippet[]>(portfolioKeys.snippets, (list = []) =>
        list.some((snippet) => snippet.id === saved.id)
          ? list.map((snippet) => (snippet.id === saved.id ? saved : snippet))
          : [...list, saved],
      ),
  });
}

export function useDeleteSnippet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteSnippet(id),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: portfolioKeys.snippets });
      const previous = queryClient.getQueryData<Snippet[]>(portfolioKeys.snippets);
      queryClient.setQueryData<Snippet[]>(portfolioKeys.snippets, (list) => list?.filter((s) => s.id !== id));
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(portfolioKeys.snippets, context.previous);
    },
  });
}
