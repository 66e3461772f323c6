"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/api-client";
import { signOut } from "../api";
import { switchViewer } from "../session-cache";

export function useSignOut() {
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      switchViewer(queryClient, null);
      router.replace("/");
    },
    onError: (error) => toast.show(errorMessage(error), "danger"),
  });
}
