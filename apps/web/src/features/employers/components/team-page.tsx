"use client";

import type { Employer } from "@hirefolio/shared";
import { useQuery } from "@tanstack/react-query";
import { MailIcon, UsersIcon } from "@/components/icons";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { SeatUsage } from "@/features/billing/components/seat-usage";
import { formatDate } from "@/lib/format-date";
import { employerKeys, fetchEmployerInvitations, fetchMembers } from "../api";
import { useActiveEmployer } from "../hooks/use-active-employer";
import { canManageTeam, memberRoleLabels, memberRoleTones } from "../member-roles";
import { CreateEmployerForm } from "./create-employer-form";
import { EmployerSwitcher } from "./employer-switcher";
import { InviteMemberForm } from "./invite-member-form";

function MembersCard({ employer }: { employer: Employer }) {
  const members = useQuery({
    queryKey: employerKeys.members(employer.id),
    queryFn: () => fetchMembers(employer.id),
  });
  return (
    <Card title="Members" description={`Everyone at ${employer.name} who can see jobs and applicants.`} padding="none">
      <QueryState query={members} loadingLabel="Loading members…" padded>
        {(data) => (
          <ul className="divide-y divide-slate-100">
            {data.map((member) => (
              <li key={member.userId} className="flex items-center gap-3 px-5 py-3.5">
                <Avatar name={member.name} />
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm font-medium text-slate-900">{member.name}</p>
                  <p className="truncate text-sm text-slate-600">{member.email}</p>
                </div>
                <p className="hidden text-xs text-slate-500 sm:block">Joined {formatDate(member.joinedAt)}</p>
                <Badge tone={memberRoleTones[member.role]}>{memberRoleLabels[member.role]}</Badge>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Card>
  );
}

function InvitationsCard({ employer }: { employer: Employer }) {
  const invitations = useQuery({
    queryKey: employerKeys.invitations(employer.id),
    queryFn: () => fetchEmployerInvitations(employer.id),
    select: (all) => all.filter((invitation) => invitation.status === "pending"),
  });
  return (
    <Card title="Pending invitations" padding="none">
      <QueryState
        query={invitations}
        loadingLabel="Loading invitations…"
        skeletonRows={2}
        padded
        isEmpty={(pending) => pending.length === 0}
        empty={
          <EmptyState
            icon={<MailIcon className="size-6" />}
            title="No pending invitations"
            description="Invite recruiters, hiring managers and interviewers so they can review applicants with you."
          />
        }
      >
        {(pending) => (
          <ul className="divide-y divide-slate-100">
            {pending.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center gap-3 px-5 py-3.5">
                <span className="grid size-8 place-items-center rounded-full bg-slate-100 text-slate-500">
                  <MailIcon />
                </span>
                <p className="min-w-0 flex-1 truncate text-sm font-medium text-slate-900">{invitation.email}</p>
                <p className="text-xs text-slate-500">Expires {formatDate(invitation.expiresAt)}</p>
                <Badge tone={memberRoleTones[invitation.role]}>{memberRoleLabels[invitation.role]}</Badge>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Card>
  );
}

export function TeamPage() {
  const { employer, employers, select } = useActiveEmployer();
  return (
    <FadeIn>
      <PageHeader
        title="Team"
        description="Bring colleagues in to review applicants and run interviews together."
        actions={employer && <EmployerSwitcher employer={employer} employers={employers} onSelect={select} />}
      />
      {employer ? (
        <div key={employer.id} className="grid grid-cols-1 gap-6 lg:grid-cols-3">
          <div className="space-y-6 lg:col-span-2">
            <MembersCard employer={employer} />
            <InvitationsCard employer={employer} />
          </div>
          <aside>
            <Card title="Invite a teammate">
              <div className="space-y-5">
                <SeatUsage employerId={employer.id} />
                {canManageTeam(employer.myRole) ? (
                  <InviteMemberForm employerId={employer.id} />
                ) : (
                  <div className="flex gap-3 text-sm text-slate-600">
                    <UsersIcon className="mt-0.5 size-5 shrink-0 text-slate-400" />
                    Only owners and admins can invite people. Ask an admin at {employer.name} to add your colleague.
                  </div>
                )}
              </div>
            </Card>
          </aside>
        </div>
      ) : (
        <CreateEmployerForm onCreated={select} />
      )}
    </FadeIn>
  );
}
