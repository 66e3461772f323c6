"use client";

import type { Interview } from "@hirefolio/shared";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { ArrowLeftIcon, ArrowRightIcon, CalendarIcon, ClockIcon, PlusIcon } from "@/components/icons";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { SelectField } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { employerKeys, fetchMembers } from "@/features/employers/api";
import { useActiveEmployer } from "@/features/employers/hooks/use-active-employer";
import { browserTimeZone } from "@/features/profile/time-zones";
import { useInterviews, useTeamBusy } from "../hooks/use-interviews";
import { candidateOf, interviewConflicts } from "../interview-conflicts";
import { loopPlaces } from "../loop-places";
import { addDays, formatWeek, startOfWeek } from "../week";
import { zoneLabel } from "../zoned-time";
import { InterviewPanel } from "./interview-panel";
import { ScheduleDialog, type ScheduleDialogProps } from "./schedule-dialog";
import { WeekGrid } from "./week-grid";

type ScheduleRequest = Omit<ScheduleDialogProps, "open" | "onClose" | "employerId">;

function Legend() {
  const items = [
    ["bg-brand-50 border-brand-500", "Confirmed"],
    ["bg-amber-50 border-amber-400 border-dashed", "Held by a candidate"],
    ["bg-rose-50 border-rose-500", "Conflict or decline"],
    ["bg-slate-50 border-slate-300", "Cancelled"],
    [
      "bg-[repeating-linear-gradient(135deg,var(--color-slate-200)_0_3px,transparent_3px_6px)] border-slate-200",
      "Busy in their calendar (pick an interviewer)",
    ],
  ] as const;
  return (
    <ul className="flex flex-wrap gap-4 text-xs text-slate-600" aria-label="Legend">
      {items.map(([swatch, label]) => (
        <li key={label} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`h-3.5 w-5 rounded-sm border border-l-4 ${swatch}`} />
          {label}
        </li>
      ))}
    </ul>
  );
}

/** The recruiter's week of interviews across the team, with conflicts flagged and scheduling one click away. */
export function SchedulingPage({ initialWeek }: { initialWeek?: string }) {
  const { employer } = useActiveEmployer();
  const viewerZone = useMemo(browserTimeZone, []);
  const now = useMemo(() => new Date(), []);
  const [weekStart, setWeekStart] = useState(() =>
    startOfWeek(initialWeek && !Number.isNaN(Date.parse(initialWeek)) ? new Date(`${initialWeek}T00:00`) : now),
  );
  const [interviewerId, setInterviewerId] = useState("");
  const [openId, setOpenId] = useState<string | null>(null);
  const [scheduling, setScheduling] = useState<ScheduleRequest | null>(null);
  const from = weekStart.toISOString();
  const to = addDays(weekStart, 7).toISOString();
  const interviews = useInterviews(from, to);
  const teamBusy = useTeamBusy(employer?.id, from, to, interviewerId !== "");
  const busy = (teamBusy.data?.items ?? []).filter((block) => block.userId === interviewerId);
  const members = useQuery({
    queryKey: employerKeys.members(employer?.id ?? ""),
    queryFn: () => fetchMembers(employer!.id),
    enabled: !!employer,
  });

  const visible = (interviews.data?.items ?? []).filter(
    (interview) =>
      interview.employerId === employer?.id &&
      (!interviewerId || interview.participants.some((p) => p.userId === interviewerId)),
  );
  const needsAttention = visible.filter((i) => interviewConflicts(i).length > 0);
  const opened = interviews.data?.items.find((i) => i.id === openId) ?? null;
  const loops = useMemo(() => loopPlaces(interviews.data?.items ?? []), [interviews.data]);

  const scheduleNextRound = (interview: Interview) => {
    setOpenId(null);
    const candidate = candidateOf(interview);
    setScheduling({
      application: { id: interview.applicationId, candidateName: candidate?.name ?? "the candidate" },
      initialInterviewerIds: interview.participants
        .filter((p) => p.role === "interviewer" && p.required)
        .map((p) => p.userId),
      round: interview.round + 1,
    });
  };

  if (!employer) {
    return (
      <EmptyState
        icon={<CalendarIcon className="size-6" />}
        title="Join or create an employer first"
        description="Interviews belong to an employer's hiring team."
        action={<ButtonLink href="/recruiter/team">Go to team</ButtonLink>}
      />
    );
  }

  return (
    <div className="space-y-6">
      <PageHeader
        title="Scheduling"
        description={`Interviews at ${employer.name}. Times are in your zone, ${zoneLabel(viewerZone, weekStart)}.`}
        actions={
          <>
            <ButtonLink href="/settings/availability" variant="secondary">
              <ClockIcon />
              Your availability
            </ButtonLink>
            <Button onClick={() => setScheduling({})}>
              <PlusIcon />
              Schedule interview
            </Button>
          </>
        }
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex items-center gap-2">
          <Button variant="secondary" size="sm" onClick={() => setWeekStart(startOfWeek(now))}>
            Today
          </Button>
          <Button
            variant="ghost"
            size="sm"
            aria-label="Previous week"
            onClick={() => setWeekStart(addDays(weekStart, -7))}
          >
            <ArrowLeftIcon />
          </Button>
          <Button variant="ghost" size="sm" aria-label="Next week" onClick={() => setWeekStart(addDays(weekStart, 7))}>
            <ArrowRightIcon />
          </Button>
          <h2 className="text-lg font-semibold text-slate-900" aria-live="polite">
            {formatWeek(weekStart)}
          </h2>
        </div>
        <SelectField
          label="Interviewer"
          className="w-56"
          value={interviewerId}
          onChange={(event) => setInterviewerId(event.target.value)}
        >
          <option value="">Everyone</option>
          {members.data?.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name}
            </option>
          ))}
        </SelectField>
      </div>
      {needsAttention.length > 0 && (
        <p role="status" className="rounded-lg border border-rose-200 bg-rose-50 px-4 py-2 text-sm text-rose-800">
          {needsAttention.length === 1 ? "1 interview needs" : `${needsAttention.length} interviews need`} rescheduling
          this week: a calendar clash or a decline. Open it to see the best alternatives.
        </p>
      )}
      {interviews.error ? (
        <ErrorState error={interviews.error} onRetry={() => interviews.refetch()} />
      ) : interviews.data ? (
        <>
          <WeekGrid
            weekStart={weekStart}
            interviews={visible}
            onOpen={(i) => setOpenId(i.id)}
            now={now}
            timeZone={viewerZone}
            busy={busy}
            loops={loops}
          />
          <div className="flex flex-wrap items-center justify-between gap-3">
            <Legend />
            <p className="text-sm text-slate-600">
              {visible.length === 0
                ? "No interviews this week."
                : `${visible.filter((i) => i.status !== "cancelled").length} interviews this week`}
            </p>
          </div>
        </>
      ) : (
        <Skeleton className="h-[540px]" />
      )}
      <InterviewPanel
        interview={opened}
        loop={opened ? loops.get(opened.id) : undefined}
        onOpenSession={(session) => setOpenId(session.id)}
        viewerZone={viewerZone}
        onClose={() => setOpenId(null)}
        onScheduleNextRound={scheduleNextRound}
      />
      {scheduling && (
        <ScheduleDialog open employerId={employer.id} onClose={() => setScheduling(null)} {...scheduling} />
      )}
    </div>
  );
}
