"use client";

import type { Invitation } from "@hirefolio/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { BuildingIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { meQueryKey } from "@/features/auth/api";
import { errorMessage } from "@/lib/api-client";
import { formatDate } from "@/lib/format-date";
import { acceptInvitation, employerKeys, fetchMyInvitations } from "../api";
import { memberRoleLabels } from "../member-roles";

/** Invitations to join an employer's team; renders nothing when there are none. */
export function PendingInvitations() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const { data } = useQuery({ queryKey: employerKeys.myInvitations, queryFn: fetchMyInvitations });
  const accept = useMutation({
    mutationFn: (invitation: Invitation) => acceptInvitation(invitation.id),
    onSuccess: (employer) => {
      toast.show(`You joined ${employer.name}`);
      queryClient.invalidateQueries({ queryKey: employerKeys.myInvitations });
      queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (error) => toast.show(errorMessage(error), "danger"),
  });

  const pending = data?.filter((invitation) => invitation.status === "pending") ?? [];
  if (pending.length === 0) return null;

  return (
    <section aria-labelledby="invitations-heading" className="rounded-xl border border-brand-200 bg-brand-50/60 p-5">
      <h2 id="invitations-heading" className="text-sm font-semibold text-brand-900">
        {pending.length === 1 ? "You have an invitation" : `You have ${pending.length} invitations`}
      </h2>
      <ul className="mt-3 space-y-2">
        {pending.map((invitation) => (
          <li
            key={invitation.id}
            className="flex flex-col gap-3 rounded-lg bg-white p-3 shadow-card ring-1 ring-brand-100 sm:flex-row sm:items-center"
          >
            <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-brand-100 text-brand-700">
              <BuildingIcon />
            </span>
            <div className="min-w-0 flex-1 text-sm">
              <p className="font-medium text-slate-900">
                {invitation.employerName} invited you to join as {memberRoleLabels[invitation.role].toLowerCase()}
              </p>
              <p className="text-slate-600">Expires {formatDate(invitation.expiresAt)}</p>
            </div>
            <Button
              size="sm"
              loading={accept.isPending && accept.variables?.id === invitation.id}
              disabled={accept.isPending}
              onClick={() => accept.mutate(invitation)}
            >
              Accept
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
