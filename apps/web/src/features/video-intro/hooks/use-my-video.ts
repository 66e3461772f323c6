"use client";

import type { VideoCaptionsInput, VideoIntro } from "@hirefolio/shared";
import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isApiError } from "@/lib/api-client";
import { deleteVideo, fetchMyVideo, fetchVideo, myVideoQueryKey, saveCaptions } from "../api";

const pollMs = 1_000;

/** An "uploading" row whose upload was abandoned never moves on by itself, so only processing is polled. */
const isProcessing = (video: VideoIntro | null | undefined) => video?.status === "processing";

/** While a video is processing, poll that video by id; otherwise ask for the latest one. */
async function loadVideo(queryClient: QueryClient): Promise<VideoIntro | null> {
  const current = queryClient.getQueryData<VideoIntro | null>(myVideoQueryKey);
  if (!current || !isProcessing(current)) return fetchMyVideo();
  try {
    return await fetchVideo(current.id);
  } catch (error) {
    // Deleted meanwhile (another tab): fall back to whatever is latest now.
    if (isApiError(error, 404)) return fetchMyVideo();
    throw error;
  }
}

/** The candidate's video introduction (null when none), refreshed every second while it is being processed. */
export function useMyVideo() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: myVideoQueryKey,
    queryFn: () => loadVideo(queryClient),
    refetchInterval: (query) => (isProcessing(query.state.data) ? pollMs : false),
  });
}

export function useDeleteVideo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteVideo(id),
    onSuccess: () => queryClient.setQueryData(myVideoQueryKey, null),
  });
}

export function useSaveCaptions(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VideoCaptionsInput) => saveCaptions(id, input),
    onSuccess: (saved) => queryClient.setQueryData(myVideoQueryKey, saved),
  });
}
