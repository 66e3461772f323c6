"use client";

import type { Media, UpdateMedia } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { deleteMedia, fetchMedia, portfolioKeys, updateMedia, uploadMedia } from "../api";
import { uploadErrorMessage } from "../upload-error-message";

/** Every media item of the candidate; the gallery of a project and the work samples filter it. */
export function useMedia() {
  return useQuery({ queryKey: portfolioKeys.media, queryFn: fetchMedia });
}

export interface PendingUpload {
  key: string;
  name: string;
  /** 0–1 while sending; the server still processes (re-encodes, renders a PDF page) after 1. */
  fraction: number;
  error: string | null;
}

/** A file's name without its extension, as the item's first title. */
const titleOf = (file: File) => file.name.replace(/\.[^.]+$/, "").slice(0, 120);

/**
 * Uploads files one request each, in parallel, with a progress row per file. A finished file joins the media list
 * and leaves the queue; a refused one stays with a readable reason until dismissed.
 */
export function useMediaUploads(projectId: string | null) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const uploads = useRef(0);

  const patch = useCallback((key: string, change: Partial<PendingUpload>) => {
    setPending((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const uploadOne = useCallback(
    async (file: File) => {
      uploads.current += 1;
      const key = `upload-${uploads.current}`;
      setPending((list) => [...list, { key, name: file.name, fraction: 0, error: null }]);
      try {
        const created = await uploadMedia(
          file,
          { projectId, title: titleOf(file) },
          { onProgress: (fraction) => patch(key, { fraction }) },
        );
        queryClient.setQueryData<Media[]>(portfolioKeys.media, (list) => [...(list ?? []), created]);
        setPending((list) => list.filter((item) => item.key !== key));
      } catch (error) {
        patch(key, { error: uploadErrorMessage(file.name, error) });
      }
    },
    [patch, projectId, queryClient],
  );

  const add = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) void uploadOne(file);
    },
    [uploadOne],
  );

  const dismiss = useCallback((key: string) => {
    setPending((list) => list.filter((item) => item.key !== key));
  }, []);

  return { pending, add, dismiss };
}

export function useUpdateMedia() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateMedia }) => updateMedia(id, input),
    onMutate: async ({ id, input }) => {
      await queryClient.cancelQueries({ queryKey: portfolioKeys.media });
      const previous = queryClient.getQueryData<Media[]>(portfolioKeys.media);
      queryClient.setQueryData<Media[]>(portfolioKeys.media, (list) =>
        list?.map((item) => (item.id === id ? { ...item, ...input } : item)),
      );
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(portfolioKeys.media, context.previous);
    },
    onSuccess: (saved) =>
      queryClient.setQueryData<Media[]>(portfolioKeys.media, (list) =>
        list?.map((item) => (item.id === saved.id ? saved : item)),
      ),
  });
}

export function useDeleteMedia() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteMedia(id),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: portfolioKeys.media });
      const previous = queryClient.getQueryData<Media[]>(portfolioKeys.media);
      queryClient.setQueryData<Media[]>(portfolioKeys.media, (list) => list?.filter((item) => item.id !== id));
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(portfolioKeys.media, context.previous);
    },
  });
}
