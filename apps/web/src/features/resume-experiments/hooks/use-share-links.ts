"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createShareLink, experimentKeys, fetchShareLinks, revokeShareLink } from "../api";

export function useShareLinks(resumeId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: experimentKeys.shareLinks(resumeId) }),
      queryClient.invalidateQueries({ queryKey: experimentKeys.all }),
    ]);
  return {
    links: useQuery({ queryKey: experimentKeys.shareLinks(resumeId), queryFn: () => fetchShareLinks(resumeId) }),
    create: useMutation({ mutationFn: (label: string) => createShareLink(resumeId, label), onSuccess: refresh }),
    revoke: useMutation({ mutationFn: (linkId: string) => revokeShareLink(resumeId, linkId), onSuccess: refresh }),
  };
}
