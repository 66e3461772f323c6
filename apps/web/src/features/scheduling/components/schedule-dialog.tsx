"use client";

import type { SuggestedSlot } from "@hirefolio/shared";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { SelectField, TextField } from "@/components/ui/form-field";
import { ListSkeleton } from "@/components/ui/skeleton";
import { useToast } from "@/components/ui/toast";
import { employerKeys, fetchMembers } from "@/features/employers/api";
import { browserTimeZone, timeZoneOptions } from "@/features/profile/time-zones";
import type { SuggestInput } from "../api";
import { useBookInterview, useCreateSchedulingLink, useSuggestSlots } from "../hooks/use-interviews";
import { takenAlternatives } from "../taken-alternatives";
import { addDays, toDateInput } from "../week";
import { formatRange, zoneLabel } from "../zoned-time";
import { ApplicationPicker, type PickedApplication } from "./application-picker";
import { type PanelChoice, PanelFields, panelMembers } from "./panel-fields";
import { ProblemDetails } from "./problem-details";
import { SlotList } from "./slot-list";
import { BookedAlert, NoSlotReasons, SelfSchedulingLinkBox } from "./suggestion-outcomes";

const durations = [15, 30, 45, 60, 90, 120, 180];

export interface ScheduleDialogProps {
  open: boolean;
  onClose: () => void;
  employerId: string;
  /** The application to schedule for; without it the recruiter picks a job and candidate first. */
  application?: PickedApplication;
  /** A follow-up round keeps the previous panel. */
  initialInterviewerIds?: string[];
  round?: number;
}

interface RuleValues {
  duration: string;
  from: string;
  to: string;
  bufferBefore: string;
  bufferAfter: string;
  noticeHours: string;
  candidateZone: string;
  videoLink: string;
}

function initialRules(): RuleValues {
  const today = new Date();
  return {
    duration: "60",
    from: toDateInput(today),
    to: toDateInput(addDays(today, 13)),
    bufferBefore: "0",
    bufferAfter: "15",
    noticeHours: "24",
    candidateZone: "",
    videoLink: "",
  };
}

/** Pick a panel and rules, get ranked times with reasons, then book one or send the candidate a link. */
export function ScheduleDialog({
  open,
  onClose,
  employerId,
  application: fixedApplication,
  initialInterviewerIds = [],
  round = 1,
}: ScheduleDialogProps) {
  const toast = useToast();
  const viewerZone = useMemo(browserTimeZone, []);
  const members = useQuery({ queryKey: employerKeys.members(employerId), queryFn: () => fetchMembers(employerId) });
  const [picked, setPicked] = useState<PickedApplication | null>(fixedApplication ?? null);
  const [panel, setPanel] = useState<PanelChoice>({
    roles: Object.fromEntries(initialInterviewerIds.map((id) => [id, "required"])),
    rule: "all",
    count: 1,
  });
  const [rules, setRules] = useState(initialRules);
  const [formError, setFormError] = useState<{ application?: string; panel?: string }>({});
  const suggest = useSuggestSlots();
  const book = useBookInterview();
  const link = useCreateSchedulingLink();
  const [request, setRequest] = useState<SuggestInput | null>(null);
  const results = useRef<HTMLElement>(null);
  // The form fills the sheet, so fresh results would land out of sight below it.
  useEffect(() => {
    const section = results.current;
    const sheet = section?.closest(".overflow-y-auto");
    if (!suggest.data || !section || !sheet) return;
    const top = section.getBoundingClientRect().top - sheet.getBoundingClientRect().top + sheet.scrollTop;
    sheet.scrollTo({ top: top - 16, behavior: "smooth" });
  }, [suggest.data]);

  const names = useMemo(() => new Map((members.data ?? []).map((m) => [m.userId, m.name])), [members.data]);
  const set = (key: keyof RuleValues) => (event: { target: { value: string } }) =>
    setRules((current) => ({ ...current, [key]: event.target.value }));

  const buildRequest = (): SuggestInput | null => {
    const required = panelMembers(panel, "required");
    const errors = {
      application: picked ? undefined : "Choose the candidate to interview",
      panel: required.length === 0 ? "Choose at least one interviewer" : undefined,
    };
    setFormError(errors);
    if (!picked || required.length === 0) return null;
    const windowStart = new Date(Math.max(Date.now(), new Date(`${rules.from}T00:00`).getTime()));
    const windowEnd = addDays(new Date(`${rules.to}T00:00`), 1);
    return {
      applicationId: picked.id,
      interviewerIds: required,
      optionalInterviewerIds: panelMembers(panel, "optional"),
      panelCount: panel.rule === "any" && required.length > 1 ? Math.min(panel.count, required.length) : undefined,
      durationMinutes: Number(rules.duration),
      windowStart: windowStart.toISOString(),
      windowEnd: windowEnd.toISOString(),
      bufferBeforeMinutes: Number(rules.bufferBefore) || 0,
      bufferAfterMinutes: Number(rules.bufferAfter) || 0,
      minimumNoticeMinutes: Math.round((Number(rules.noticeHours) || 0) * 60),
      candidateTimeZone: rules.candidateZone || undefined,
    };
  };

  const findTimes = (event: FormEvent) => {
    event.preventDefault();
    const next = buildRequest();
    if (!next) return;
    setRequest(next);
    book.reset();
    link.reset();
    suggest.mutate(next);
  };

  const bookSlot = (slot: SuggestedSlot) => {
    if (!request) return;
    const { windowStart: _from, windowEnd: _to, maxResults: _max, ...rulesOnly } = request;
    book.mutate(
      {
        ...rulesOnly,
        start: slot.start,
        round,
        videoLink: rules.videoLink.trim() || undefined,
        // The slot names who was picked from a pool (plus any optional ones free); booking exactly the picked
        // required ones keeps what was shown.
        ...(request.panelCount
          ? {
              interviewerIds: slot.interviewers.filter((id) => request.interviewerIds.includes(id)),
              panelCount: undefined,
            }
          : {}),
      },
      {
        onSuccess: (interview) =>
          toast.show(`Booked ${formatRange(interview.start, interview.end, viewerZone)} with ${picked?.candidateName}`),
      },
    );
  };

  const sendLink = () => {
    if (!request) return;
    const { maxResults: _max, ...linkRules } = request;
    link.mutate({ ...linkRules, videoLink: rules.videoLink.trim() || undefined });
  };

  const alternatives = takenAlternatives(book.error);
  const candidateZone = suggest.data?.candidateTimeZone ?? viewerZone;

  return (
    <Dialog
      variant="sheet"
      open={open}
      onClose={onClose}
      title={round > 1 ? `Schedule round ${round}` : "Schedule interview"}
      description={picked ? `With ${picked.candidateName}` : "Find a time that works for the panel and the candidate."}
    >
      <div className="space-y-8">
        <form onSubmit={findTimes} className="space-y-5" noValidate>
          {!fixedApplication && (
            <ApplicationPicker
              employerId={employerId}
              value={picked}
              onChange={setPicked}
              error={formError.application}
            />
          )}
          {members.error ? (
            <ErrorState error={members.error} onRetry={() => members.refetch()} />
          ) : members.data ? (
            <PanelFields members={members.data} value={panel} onChange={setPanel} error={formError.panel} />
          ) : (
            <ListSkeleton rows={2} label="Loading team…" />
          )}
          <div className="grid grid-cols-2 gap-4">
            <SelectField label="Duration" value={rules.duration} onChange={set("duration")}>
              {durations.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes < 60 ? `${minutes} min` : `${minutes / 60} h`}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Minimum notice (hours)"
              type="number"
              min={0}
              value={rules.noticeHours}
              onChange={set("noticeHours")}
            />
            <TextField label="From" type="date" value={rules.from} onChange={set("from")} />
            <TextField label="To" type="date" value={rules.to} onChange={set("to")} />
            <TextField
              label="Buffer before (min)"
              type="number"
              min={0}
              max={240}
              value={rules.bufferBefore}
              onChange={set("bufferBefore")}
            />
            <TextField
              label="Buffer after (min)"
              type="number"
              min={0}
              max={240}
              value={rules.bufferAfter}
              onChange={set("bufferAfter")}
            />
          </div>
          <SelectField
            label="Candidate's time zone"
            value={rules.candidateZone}
            onChange={set("candidateZone")}
            hint="Used to prefer their mornings and to show them local times."
          >
            <option value="">Their saved zone</option>
            {timeZoneOptions("").map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Video link"
            optional
            type="url"
            placeholder="https://meet.example.com/…"
            value={rules.videoLink}
            onChange={set("videoLink")}
          />
          <Button type="submit" loading={suggest.isPending} className="w-full">
            Find times
          </Button>
          <ProblemDetails error={suggest.error} />
        </form>

        {suggest.data && request && (
          <section ref={results} aria-labelledby="suggested-heading" className="space-y-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id="suggested-heading" className="text-base font-semibold text-slate-900">
                Best times
              </h3>
              <p className="text-xs text-slate-500">
                You: {zoneLabel(viewerZone)} · Candidate: {zoneLabel(candidateZone)}
              </p>
            </div>
            {book.data && <BookedAlert interview={book.data} viewerZone={viewerZone} />}
            {alternatives && (
              <Alert tone="warning" title="That time was just taken">
                {alternatives.length > 0
                  ? "Someone booked it a moment ago. These are the best times still free:"
                  : "Someone booked it a moment ago and nothing else is free in this window. Try a wider one."}
              </Alert>
            )}
            {book.error && !alternatives && <ProblemDetails error={book.error} />}
            {suggest.data.slots.length === 0 ? (
              <NoSlotReasons reasons={suggest.data.noSlotReasons} />
            ) : (
              !book.data && (
                <SlotList
                  slots={alternatives && alternatives.length > 0 ? alternatives : suggest.data.slots}
                  viewerZone={viewerZone}
                  candidateZone={candidateZone}
                  names={names}
                  actionLabel="Book"
                  onPick={bookSlot}
                  pendingStart={book.isPending ? book.variables?.start : undefined}
                />
              )
            )}
            {!book.data && (
              <SelfSchedulingLinkBox
                candidateName={picked?.candidateName ?? "the candidate"}
                link={link.data}
                pending={link.isPending}
                error={link.error}
                onSend={sendLink}
              />
            )}
          </section>
        )}
      </div>
    </Dialog>
  );
}
