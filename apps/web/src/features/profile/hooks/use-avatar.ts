"use client";

import type { Me } from "@hirefolio/shared";
import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { meQueryKey } from "@/features/auth/api";
import { removeAvatar, uploadAvatar } from "../api";

/** The picture lives on the signed-in person, so the header's avatar changes as soon as this cache does. */
function setAvatarUrl(queryClient: QueryClient, avatarUrl: string | null) {
  queryClient.setQueryData<Me | null>(meQueryKey, (me) => (me ? { ...me, avatarUrl } : me));
}

/** Uploads a new picture with its progress (0–1, null when idle); `cancel` stops an upload under way. */
export function useUploadAvatar() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);

  const upload = useMutation({
    mutationFn: (file: File) => {
      controller.current = new AbortController();
      return uploadAvatar(file, { onProgress: setProgress, signal: controller.current.signal });
    },
    onMutate: () => setProgress(0),
    onSuccess: ({ avatarUrl }) => setAvatarUrl(queryClient, avatarUrl),
    onSettled: () => setProgress(null),
  });

  const cancel = () => {
    controller.current?.abort();
    // Detaches from the aborted request, so its rejection doesn't surface as an error.
    upload.reset();
  };

  return { upload, progress, cancel };
}

export function useRemoveAvatar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeAvatar,
    onSuccess: () => setAvatarUrl(queryClient, null),
  });
}
