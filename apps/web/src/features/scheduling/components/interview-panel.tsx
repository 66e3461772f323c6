"use client";

import type { Interview } from "@hirefolio/shared";
import { type ReactNode, useState } from "react";
import { CalendarIcon, VideoIcon } from "@/components/icons";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { useCurrentUser } from "@/features/auth/components/require-role";
import { useCancelInterview, useRespondToInterview } from "../hooks/use-interviews";
import { interviewConflicts } from "../interview-conflicts";
import { type LoopPlace, loopLabel } from "../loop-places";
import { formatRange, zoneLabel } from "../zoned-time";
import { FeedbackForm } from "./feedback-form";
import { ProblemDetails } from "./problem-details";
import { RescheduleForm } from "./reschedule-form";

const responseTones: Record<Interview["participants"][number]["response"], BadgeTone> = {
  "needs-action": "neutral",
  accepted: "success",
  declined: "danger",
};
const responseLabels = { "needs-action": "No reply yet", accepted: "Accepted", declined: "Declined" } as const;
const statusLabels = { held: "Held, awaiting confirmation", confirmed: "Confirmed", cancelled: "Cancelled" } as const;
const statusTones: Record<Interview["status"], BadgeTone> = { held: "amber", confirmed: "brand", cancelled: "neutral" };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3">
      <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h3>
      {children}
    </section>
  );
}

/** The sessions of the interview's loop, in order; the others open in this panel. */
function LoopSessionLinks({
  loop,
  viewerZone,
  onOpen,
}: {
  loop: LoopPlace;
  viewerZone: string;
  onOpen: (session: Interview) => void;
}) {
  return (
    <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200">
      {loop.sessions.map((session, index) => (
        <li key={session.id}>
          {index === loop.index ? (
            <p aria-current="true" className="flex justify-between gap-3 bg-brand-50/60 px-3 py-2 text-sm">
              <span className="font-medium text-slate-900">
                {index + 1}. {session.title} <span className="text-xs font-normal text-slate-500">(this one)</span>
              </span>
              <span className="text-slate-600 tabular-nums">{formatRange(session.start, session.end, viewerZone)}</span>
            </p>
          ) : (
            <button
              type="button"
              onClick={() => onOpen(session)}
              className="flex w-full justify-between gap-3 px-3 py-2 text-left text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <span className="font-medium text-brand-700">
                {index + 1}. {session.title}
              </span>
              <span className="text-slate-600 tabular-nums">{formatRange(session.start, session.end, viewerZone)}</span>
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Everything about one interview: when, who and their replies, conflicts, and what to do next. */
export function InterviewPanel({
  interview,
  loop,
  onOpenSession,
  viewerZone,
  onClose,
  onScheduleNextRound,
}: {
  interview: Interview | null;
  /** Set when the interview is a session of a loop. */
  loop?: LoopPlace;
  onOpenSession: (session: Interview) => void;
  viewerZone: string;
  onClose: () => void;
  onScheduleNextRound: (interview: Interview) => void;
}) {
  const me = useCurrentUser();
  const toast = useToast();
  const cancel = useCancelInterview();
  const respond = useRespondToInterview();
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const mine = interview?.participants.find((p) => p.userId === me.id);
  const conflicts = interview ? interviewConflicts(interview) : [];
  const over = interview ? new Date(interview.end) <= new Date() : false;
  const active = interview?.status !== "cancelled";

  return (
    <Dialog
      variant="sheet"
      open={interview !== null}
      onClose={() => {
        setConfirmingCancel(false);
        respond.reset();
        onClose();
      }}
      title={interview?.title ?? "Interview"}
      description={interview ? formatRange(interview.start, interview.end, viewerZone) : undefined}
    >
      {interview && (
        <div className="space-y-8">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={statusTones[interview.status]} dot>
              {statusLabels[interview.status]}
            </Badge>
            <Badge tone="violet">Round {interview.round}</Badge>
            {loop && <Badge tone="brand">{loopLabel(loop)}</Badge>}
          </div>
          {conflicts.length > 0 && active && (
            <Alert tone="danger" title="Needs rescheduling">
              <ul>
                {conflicts.map((conflict) => (
                  <li key={conflict}>{conflict}</li>
                ))}
              </ul>
            </Alert>
          )}
          <Section title="When">
            <dl className="space-y-2 text-sm">
              {[
                { who: "You", zone: viewerZone },
                { who: "Candidate", zone: interview.candidateTimeZone },
              ].map(({ who, zone }) => (
                <div key={who} className="flex justify-between gap-3">
                  <dt className="text-slate-500">
                    {who}
                    <span className="block text-xs">{zoneLabel(zone, new Date(interview.start))}</span>
                  </dt>
                  <dd className="text-right font-medium text-slate-900">
                    {formatRange(interview.start, interview.end, zone)}
                  </dd>
                </div>
              ))}
            </dl>
            {interview.videoLink ? (
              <a
                href={interview.videoLink}
                target="_blank"
                rel="noreferrer"
                className="inline-flex items-center gap-2 text-sm font-medium text-brand-700 hover:underline"
              >
                <VideoIcon className="size-4" />
                Join video call
              </a>
            ) : (
              <p className="text-sm text-slate-500">No video link.</p>
            )}
          </Section>
          {loop && (
            <Section title="Loop sessions">
              <LoopSessionLinks loop={loop} viewerZone={viewerZone} onOpen={onOpenSession} />
            </Section>
          )}
          <Section title="Participants">
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
              {interview.participants.map((person) => (
                <li key={person.userId} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
                  <span className="flex min-w-0 items-center gap-2">
                    <Avatar name={person.name} />
                    <span className="truncate text-slate-900">{person.name}</span>
                    <span className="text-xs text-slate-500">
                      {person.role === "candidate" ? "Candidate" : person.required ? "Interviewer" : "Optional"}
                    </span>
                  </span>
                  <span className="flex items-center gap-1.5">
                    {interview.calendarConflicts.includes(person.userId) && <Badge tone="danger">Calendar clash</Badge>}
                    <Badge tone={responseTones[person.response]}>{responseLabels[person.response]}</Badge>
                  </span>
                </li>
              ))}
            </ul>
            {mine && active && (
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-sm text-slate-600">Your reply:</span>
                <Button
                  size="sm"
                  variant="secondary"
                  loading={respond.isPending && respond.variables?.response === "accepted"}
                  onClick={() => respond.mutate({ interview, response: "accepted" })}
                >
                  Accept
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  loading={respond.isPending && respond.variables?.response === "declined"}
                  onClick={() => respond.mutate({ interview, response: "declined" })}
                >
                  Decline
                </Button>
              </div>
            )}
            <ProblemDetails error={respond.error} />
          </Section>
          {active && !over && (
            <Section title="Reschedule">
              <RescheduleForm
                key={interview.start}
                interview={interview}
                viewerZone={viewerZone}
                offered={respond.data?.alternatives ?? []}
              />
            </Section>
          )}
          {active && over && mine?.role === "interviewer" && (
            <Section title="Your feedback">
              <FeedbackForm interview={interview} />
            </Section>
          )}
          {active && over && (
            <Section title="Next step">
              <Button variant="secondary" onClick={() => onScheduleNextRound(interview)}>
                <CalendarIcon />
                Schedule round {interview.round + 1}
              </Button>
            </Section>
          )}
          {active && (
            <Section title="Cancel">
              {confirmingCancel ? (
                <div className="flex flex-wrap items-center gap-2">
                  <p className="text-sm text-slate-700">Everyone gets a cancellation. Cancel this interview?</p>
                  <Button
                    variant="danger"
                    size="sm"
                    loading={cancel.isPending}
                    onClick={() =>
                      cancel.mutate(interview, {
                        onSuccess: () => {
                          toast.show("Interview cancelled");
                          onClose();
                        },
                      })
                    }
                  >
                    Yes, cancel it
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => setConfirmingCancel(false)}>
                    Keep it
                  </Button>
                </div>
              ) : (
                <Button variant="secondary" onClick={() => setConfirmingCancel(true)}>
                  Cancel interview
                </Button>
              )}
              <ProblemDetails error={cancel.error} />
            </Section>
          )}
        </div>
      )}
    </Dialog>
  );
}
