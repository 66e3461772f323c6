"use client";

import type { Interview } from "@hirefolio/shared";
import { useMemo, useState } from "react";
import { CalendarIcon, VideoIcon } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryState } from "@/components/ui/query-state";
import { useToast } from "@/components/ui/toast";
import { browserTimeZone } from "@/features/profile/time-zones";
import { useCancelInterview, useInterviews } from "../hooks/use-interviews";
import { formatRange, zoneLabel } from "../zoned-time";
import { ProblemDetails } from "./problem-details";

const lookAheadDays = 90;

function UpcomingRow({ interview, timeZone }: { interview: Interview; timeZone: string }) {
  const toast = useToast();
  const cancel = useCancelInterview();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="space-y-2 px-5 py-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-0.5">
          <p className="text-sm font-medium text-slate-900">{interview.title}</p>
          <p className="text-sm text-slate-600">{formatRange(interview.start, interview.end, timeZone)}</p>
          {interview.status === "held" && <Badge tone="amber">Awaiting your confirmation</Badge>}
        </div>
        <div className="flex flex-wrap gap-2">
          {interview.videoLink && (
            <ButtonLink href={interview.videoLink} target="_blank" rel="noreferrer" size="sm" variant="secondary">
              <VideoIcon />
              Join
            </ButtonLink>
          )}
          {confirming ? (
            <>
              <Button
                size="sm"
                variant="danger"
                loading={cancel.isPending}
                onClick={() => cancel.mutate(interview, { onSuccess: () => toast.show("Interview cancelled") })}
              >
                Yes, cancel
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
                Keep
              </Button>
            </>
          ) : (
            <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
              Cancel
            </Button>
          )}
        </div>
      </div>
      <ProblemDetails error={cancel.error} />
    </li>
  );
}

/** The candidate's next interviews, in their own zone, with the call link and a way to cancel. */
export function UpcomingInterviewsCard() {
  const timeZone = useMemo(browserTimeZone, []);
  // Whole minutes keep the query key stable across renders.
  const [range] = useState(() => {
    const from = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    return { from: from.toISOString(), to: new Date(from.getTime() + lookAheadDays * 86_400_000).toISOString() };
  });
  const interviews = useInterviews(range.from, range.to);
  return (
    <Card
      title="Upcoming interviews"
      description={`Times in ${zoneLabel(timeZone)}`}
      padding="none"
      action={
        <ButtonLink href="/settings/availability" size="sm" variant="ghost">
          Availability
        </ButtonLink>
      }
    >
      <QueryState
        query={interviews}
        loadingLabel="Loading interviews…"
        padded
        isEmpty={(data) => data.items.every((i) => i.status === "cancelled")}
        empty={
          <EmptyState
            icon={<CalendarIcon className="size-6" />}
            title="No interviews yet"
            description="When an employer invites you, the interview shows up here in your time zone."
          />
        }
      >
        {(data) => (
          <ul className="divide-y divide-slate-100">
            {data.items
              .filter((i) => i.status !== "cancelled")
              .map((interview) => (
                <UpcomingRow key={interview.id} interview={interview} timeZone={timeZone} />
              ))}
          </ul>
        )}
      </QueryState>
    </Card>
  );
}
