"use client";

import type { CreateProject, Media, Project, Snippet, UpdateProject } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { moveItem } from "@/features/resumes/list-edits";
import { createProject, deleteProject, fetchProjects, portfolioKeys, reorderProjects, updateProject } from "../api";

export function useProjects() {
  return useQuery({ queryKey: portfolioKeys.projects, queryFn: fetchProjects });
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProject) => createProject(input),
    onSuccess: (created) =>
      queryClient.setQueryData<Project[]>(portfolioKeys.projects, (list) => [...(list ?? []), created]),
  });
}

export function useUpdateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateProject }) => updateProject(id, input),
    onSuccess: (saved) =>
      queryClient.setQueryData<Project[]>(portfolioKeys.projects, (list) =>
        list?.map((project) => (project.id === saved.id ? saved : project)),
      ),
  });
}

/** Gone from the list at once; back in its place if the server refuses. Its media and snippets go with it. */
export function useDeleteProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteProject(id),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: portfolioKeys.projects });
      const previous = queryClient.getQueryData<Project[]>(portfolioKeys.projects);
      queryClient.setQueryData<Project[]>(portfolioKeys.projects, (list) => list?.filter((p) => p.id !== id));
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(portfolioKeys.projects, context.previous);
    },
    onSuccess: (_result, id) => {
      queryClient.setQueryData<Media[]>(portfolioKeys.media, (list) => list?.filter((m) => m.projectId !== id));
      queryClient.setQueryData<Snippet[]>(portfolioKeys.snippets, (list) => list?.filter((s) => s.projectId !== id));
    },
  });
}

/**
 * Moves a project and saves the whole order; a refused order puts the list back as it was. The list changes inside
 * the click itself (not after an await), so the move buttons' focus can follow the item to its new place.
 */
export function useReorderProjects() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ ids }: { ids: string[]; previous: Project[] }) => reorderProjects(ids),
    onError: (_error, { previous }) => queryClient.setQueryData(portfolioKeys.projects, previous),
    onSuccess: (saved) => queryClient.setQueryData(portfolioKeys.projects, saved),
  });

  const move = (projects: Project[], from: number, to: number) => {
    const moved = moveItem(projects, from, to);
    queryClient.setQueryData(portfolioKeys.projects, moved);
    mutation.mutate({ ids: moved.map((project) => project.id), previous: projects });
  };

  return { ...mutation, move };
}
