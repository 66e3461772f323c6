"use client";

import type { Interview, SuggestedSlot } from "@hirefolio/shared";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toast";
import { isApiError } from "@/lib/api-client";
import { useRescheduleInterview, useSuggestSlots } from "../hooks/use-interviews";
import { takenAlternatives } from "../taken-alternatives";
import { formatRange } from "../zoned-time";
import { ProblemDetails } from "./problem-details";
import { SlotList } from "./slot-list";

const rescheduleWindowDays = 14;

/** "2026-03-10T09:30" in the viewer's zone, for <input type="datetime-local">. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Reschedule to a typed time, or to one of the alternatives the API offers after a clash or a decline. */
export function RescheduleForm({
  interview,
  viewerZone,
  offered,
}: {
  interview: Interview;
  viewerZone: string;
  offered: SuggestedSlot[];
}) {
  const toast = useToast();
  const reschedule = useRescheduleInterview();
  const suggest = useSuggestSlots();
  const [start, setStart] = useState(toLocalInput(interview.start));
  const names = new Map(interview.participants.map((p) => [p.userId, p.name]));
  const moveTo = (iso: string) =>
    reschedule.mutate(
      { interview, start: iso },
      { onSuccess: (moved) => toast.show(`Moved to ${formatRange(moved.start, moved.end, viewerZone)}`) },
    );
  const offeredSlots = [...(takenAlternatives(reschedule.error) ?? []), ...offered, ...(suggest.data?.slots ?? [])];
  const alternatives = [...new Map(offeredSlots.map((slot) => [slot.start, slot])).values()];
  const interviewers = interview.participants.filter((p) => p.role === "interviewer");
  // The same panel and rules, over the next two weeks: what the API ranks best to move to.
  const findTimes = () => {
    const from = Date.now();
    suggest.mutate({
      applicationId: interview.applicationId,
      interviewerIds: interviewers.filter((p) => p.required).map((p) => p.userId),
      optionalInterviewerIds: interviewers.filter((p) => !p.required).map((p) => p.userId),
      durationMinutes: Math.round((Date.parse(interview.end) - Date.parse(interview.start)) / 60_000),
      bufferBeforeMinutes: interview.bufferBeforeMinutes,
      bufferAfterMinutes: interview.bufferAfterMinutes,
      candidateTimeZone: interview.candidateTimeZone,
      windowStart: new Date(from).toISOString(),
      windowEnd: new Date(from + rescheduleWindowDays * 86_400_000).toISOString(),
      maxResults: 5,
    });
  };
  return (
    <div className="space-y-3">
      <form
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          moveTo(new Date(start).toISOString());
        }}
      >
        <TextField
          className="flex-1"
          label="New start"
          type="datetime-local"
          step={300}
          value={start}
          onChange={(event) => setStart(event.target.value)}
        />
        <Button type="submit" variant="secondary" loading={reschedule.isPending}>
          Move
        </Button>
      </form>
      <Button variant="ghost" size="sm" onClick={findTimes} loading={suggest.isPending}>
        Suggest better times
      </Button>
      <ProblemDetails error={suggest.error} />
      {suggest.data?.slots.length === 0 && (
        <p className="text-sm text-slate-600">
          No free time for this panel in the next {rescheduleWindowDays} days:{" "}
          {suggest.data.noSlotReasons.map((r) => r.message).join("; ")}
        </p>
      )}
      {isApiError(reschedule.error, 409) ? (
        <Alert tone="warning" title="That time doesn't work">
          {reschedule.error.problem.detail ?? "It clashes with someone's calendar."}
        </Alert>
      ) : (
        <ProblemDetails error={reschedule.error} />
      )}
      {alternatives.length > 0 && (
        <SlotList
          slots={alternatives}
          viewerZone={viewerZone}
          candidateZone={interview.candidateTimeZone}
          names={names}
          actionLabel="Move here"
          onPick={(slot) => moveTo(slot.start)}
          pendingStart={reschedule.isPending ? reschedule.variables?.start : undefined}
        />
      )}
    </div>
  );
}
