"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/api-client";
import { meQueryKey, signOut } from "../api";

export function useSignOut() {
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      // Drop everything cached for this person before showing the public home page.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      router.replace("/");
    },
    onError: (error) => toast.show(errorMessage(error), "danger"),
  });
}
