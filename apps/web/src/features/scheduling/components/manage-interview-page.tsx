"use client";

import { useState } from "react";
import { VideoIcon } from "@/components/icons";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/form-field";
import { browserTimeZone } from "@/features/profile/time-zones";
import { isApiError } from "@/lib/api-client";
import type { LinkedInterview } from "../api";
import { useCancelFromLink, useInterviewLink, useRescheduleFromLink } from "../hooks/use-interview-link";
import { formatLongDay, formatRange, formatTime } from "../zoned-time";
import { AddToCalendarButton } from "./add-to-calendar-button";
import { BookingRating } from "./booking-rating";
import { ProblemDetails } from "./problem-details";
import { DaySlotPicker, LinkPageFallback, PublicShell, type TimeSlot, ZonePicker } from "./public-page-parts";

function When({ interview, timeZone }: { interview: LinkedInterview; timeZone: string }) {
  if (interview.sessions.length > 1) {
    return (
      <ol className="space-y-1 text-slate-900">
        {interview.sessions.map((session) => (
          <li key={session.start} className="flex flex-wrap justify-between gap-2">
            <span className="font-medium">{session.title}</span>
            <span>{formatRange(session.start, session.end, timeZone)}</span>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <p className="text-lg font-medium text-slate-900">
      {formatLongDay(interview.start, timeZone)} · {formatTime(interview.start, timeZone)} –{" "}
      {formatTime(interview.end, timeZone)}
    </p>
  );
}

function CancelForm({ cancel }: { cancel: ReturnType<typeof useCancelFromLink> }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  if (!open) {
    return (
      <Button variant="ghost" onClick={() => setOpen(true)}>
        I can't make it — cancel
      </Button>
    );
  }
  return (
    <form
      className="space-y-3 rounded-xl border border-slate-200 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        cancel.mutate(reason);
      }}
    >
      <TextAreaField
        label="Anything to tell the hiring team?"
        optional
        maxLength={1000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" loading={cancel.isPending}>
          Cancel interview
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Keep it
        </Button>
      </div>
      <ProblemDetails error={cancel.error} />
    </form>
  );
}

/** The candidate's link from their invitation: see the interview in their zone, move it, or cancel it. */
export function ManageInterviewPage({ token }: { token: string }) {
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const link = useInterviewLink(token, timeZone);
  const reschedule = useRescheduleFromLink(token);
  const cancel = useCancelFromLink(token);
  const [picked, setPicked] = useState<TimeSlot | null>(null);

  if (cancel.data) {
    return (
      <PublicShell>
        <div className="space-y-3 text-center">
          <p className="text-sm font-medium text-brand-700">{cancel.data.employerName}</p>
          <h1 className="text-2xl font-semibold text-slate-900">Interview cancelled</h1>
          <p className="text-slate-600">
            {cancel.data.title}, {formatRange(cancel.data.start, cancel.data.end, timeZone)}. The hiring team has been
            told; you can close this page.
          </p>
        </div>
      </PublicShell>
    );
  }

  if (link.error || !link.data) {
    return (
      <LinkPageFallback
        query={link}
        gone={{ title: "This interview can't be changed any more", description: "It is over or was cancelled." }}
        missing={{
          title: "This link doesn't work",
          description: "Check that you copied the whole address from your invitation.",
        }}
        loadingLabel="Loading your interview…"
      />
    );
  }

  const { interview, alternatives } = link.data;
  const cancelled = interview.status === "cancelled";
  const taken = isApiError(reschedule.error, 409);

  return (
    <PublicShell>
      <div className="space-y-6">
        <div className="space-y-2">
          <p className="text-sm font-medium text-brand-700">{interview.employerName}</p>
          <h1 className="text-2xl font-semibold text-slate-900">{interview.title}</h1>
          {cancelled ? <Badge tone="neutral">Cancelled</Badge> : <Badge tone="success">Confirmed</Badge>}
        </div>
        <ZonePicker
          value={timeZone}
          onChange={(zone) => {
            setTimeZone(zone);
            setPicked(null);
          }}
        />
        <When interview={interview} timeZone={timeZone} />
        {reschedule.data && !cancelled && (
          <Alert tone="success" title="Moved">
            Everyone gets an updated invitation.
          </Alert>
        )}
        {cancelled ? (
          <p className="text-sm text-slate-600">The hiring team has been told. You can close this page.</p>
        ) : (
          <>
            <div className="flex flex-wrap gap-3">
              {interview.videoLink && (
                <ButtonLink href={interview.videoLink} target="_blank" rel="noreferrer" variant="secondary">
                  <VideoIcon />
                  Join video call
                </ButtonLink>
              )}
              <AddToCalendarButton
                uid={`${token}@hirefolio`}
                start={interview.start}
                end={interview.end}
                title={interview.title}
                employerName={interview.employerName}
              />
            </div>
            <BookingRating page="manage" token={token} />
            <section aria-labelledby="move-heading" className="space-y-4 border-t border-slate-100 pt-6">
              <h2 id="move-heading" className="text-base font-semibold text-slate-900">
                Need another time?
              </h2>
              {taken && (
                <Alert tone="warning" title="That time was just taken">
                  Someone booked it a moment ago. The times below are still free.
                </Alert>
              )}
              {!taken && <ProblemDetails error={reschedule.error} />}
              {picked && (
                <div className="flex flex-wrap items-center gap-3 rounded-xl border border-brand-200 bg-brand-50 p-4 text-sm text-brand-900">
                  <span>
                    Move to <strong className="font-semibold">{formatRange(picked.start, picked.end, timeZone)}</strong>
                    ?
                  </span>
                  <Button
                    size="sm"
                    loading={reschedule.isPending}
                    onClick={() => reschedule.mutate(picked.start, { onSuccess: () => setPicked(null) })}
                  >
                    Confirm new time
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => setPicked(null)}>
                    Keep current time
                  </Button>
                </div>
              )}
              {alternatives.length === 0 ? (
                <p className="text-sm text-slate-600">
                  No other times are free for this panel right now. Reply to the invitation and the team will help.
                </p>
              ) : (
                <DaySlotPicker
                  slots={alternatives}
                  timeZone={timeZone}
                  selected={picked?.start}
                  disabled={reschedule.isPending}
                  onPick={(slot) => {
                    reschedule.reset();
                    setPicked(slot);
                  }}
                />
              )}
            </section>
            <div className="border-t border-slate-100 pt-4">
              <CancelForm cancel={cancel} />
            </div>
          </>
        )}
      </div>
    </PublicShell>
  );
}
