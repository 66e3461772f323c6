"use client";

import type { SuggestedSlot } from "@hirefolio/shared";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { SelectField, TextField } from "@/components/ui/form-field";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { ListSkeleton } from "@/components/ui/skeleton";
import { useToast } from "@/components/ui/toast";
import { employerKeys, fetchMembers } from "@/features/employers/api";
import { browserTimeZone, timeZoneOptions } from "@/features/profile/time-zones";
import type { SuggestedLoop, SuggestInput, SuggestLoopInput } from "../api";
import {
  useBookInterview,
  useBookLoop,
  useCreateSchedulingLink,
  useSuggestLoop,
  useSuggestSlots,
} from "../hooks/use-interviews";
import { takenAlternatives, takenLoopAlternatives } from "../taken-alternatives";
import { addDays, toDateInput } from "../week";
import { formatRange, zoneLabel } from "../zoned-time";
import { ApplicationPicker, type PickedApplication } from "./application-picker";
import { DurationField } from "./duration-field";
import { LoopSessionTimes } from "./loop-session-times";
import {
  type LoopSessionDraft,
  LoopSessionsEditor,
  loopSessionsRequest,
  newLoopSession,
  sessionWithoutPanel,
} from "./loop-sessions-editor";
import { type PanelChoice, PanelFields, panelMembers } from "./panel-fields";
import { ProblemDetails } from "./problem-details";
import { SlotList } from "./slot-list";
import { BookedAlert, NoSlotReasons, SelfSchedulingLinkBox } from "./suggestion-outcomes";

type Mode = "single" | "loop";

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
  const [mode, setMode] = useState<Mode>("single");
  const [sessions, setSessions] = useState<LoopSessionDraft[]>(() =>
    [0, 1, 2].map((index) => newLoopSession(index, initialInterviewerIds)),
  );
  const [formError, setFormError] = useState<{
    application?: string;
    panel?: string;
    session?: { index: number; message: string };
  }>({});
  const suggest = useSuggestSlots();
  const book = useBookInterview();
  const link = useCreateSchedulingLink();
  const suggestLoop = useSuggestLoop();
  const bookLoop = useBookLoop();
  const [request, setRequest] = useState<SuggestInput | null>(null);
  const [loopRequest, setLoopRequest] = useState<SuggestLoopInput | null>(null);
  const shown = mode === "loop" ? suggestLoop.data : suggest.data;
  const results = useRef<HTMLElement>(null);
  // The form fills the sheet, so fresh results would land out of sight below it.
  useEffect(() => {
    const section = results.current;
    const sheet = section?.closest(".overflow-y-auto");
    if (!shown || !section || !sheet) return;
    const top = section.getBoundingClientRect().top - sheet.getBoundingClientRect().top + sheet.scrollTop;
    sheet.scrollTo({ top: top - 16, behavior: "smooth" });
  }, [shown]);

  const names = useMemo(() => new Map((members.data ?? []).map((m) => [m.userId, m.name])), [members.data]);
  const set = (key: keyof RuleValues) => (event: { target: { value: string } }) =>
    setRules((current) => ({ ...current, [key]: event.target.value }));

  /** The window and rules both modes share; null (with the error shown) until a candidate is chosen. */
  const sharedRules = () => {
    if (!picked) return null;
    const windowStart = new Date(Math.max(Date.now(), new Date(`${rules.from}T00:00`).getTime()));
    const windowEnd = addDays(new Date(`${rules.to}T00:00`), 1);
    return {
      applicationId: picked.id,
      windowStart: windowStart.toISOString(),
      windowEnd: windowEnd.toISOString(),
      bufferBeforeMinutes: Number(rules.bufferBefore) || 0,
      bufferAfterMinutes: Number(rules.bufferAfter) || 0,
      minimumNoticeMinutes: Math.round((Number(rules.noticeHours) || 0) * 60),
      candidateTimeZone: rules.candidateZone || undefined,
    };
  };
  const applicationError = picked ? undefined : "Choose the candidate to interview";

  const findSingleTimes = () => {
    const required = panelMembers(panel, "required");
    setFormError({
      application: applicationError,
      panel: required.length === 0 ? "Choose at least one interviewer" : undefined,
    });
    const shared = sharedRules();
    if (!shared || required.length === 0) return;
    const next: SuggestInput = {
      ...shared,
      interviewerIds: required,
      optionalInterviewerIds: panelMembers(panel, "optional"),
      panelCount: panel.rule === "any" && required.length > 1 ? Math.min(panel.count, required.length) : undefined,
      durationMinutes: Number(rules.duration),
    };
    setRequest(next);
    book.reset();
    link.reset();
    suggest.mutate(next);
  };

  const findLoops = () => {
    const missing = sessionWithoutPanel(sessions);
    setFormError({
      application: applicationError,
      session: missing >= 0 ? { index: missing, message: "Choose at least one interviewer" } : undefined,
    });
    const shared = sharedRules();
    if (!shared || missing >= 0) return;
    const next: SuggestLoopInput = { ...shared, ...loopSessionsRequest(sessions) };
    setLoopRequest(next);
    bookLoop.reset();
    suggestLoop.mutate(next);
  };

  const findTimes = (event: FormEvent) => {
    event.preventDefault();
    if (mode === "loop") findLoops();
    else findSingleTimes();
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

  /** Books the loop with the interviewers the option named, so a pooled session keeps who was shown. */
  const bookLoopOption = (option: SuggestedLoop) => {
    if (!loopRequest) return;
    const { windowStart: _from, windowEnd: _to, maxResults: _max, ...rulesOnly } = loopRequest;
    bookLoop.mutate(
      {
        ...rulesOnly,
        sessions: rulesOnly.sessions.map((session, index) =>
          session.panelCount
            ? {
                ...session,
                interviewerIds: option.sessions[index]!.interviewers.filter((id) =>
                  session.interviewerIds.includes(id),
                ),
                panelCount: undefined,
              }
            : session,
        ),
        start: option.start,
        round,
        videoLink: rules.videoLink.trim() || undefined,
      },
      {
        onSuccess: ({ interviews }) =>
          toast.show(`Booked a loop of ${interviews.length} sessions with ${picked?.candidateName}`),
      },
    );
  };

  const sendLink = () => {
    if (!request) return;
    const { maxResults: _max, ...linkRules } = request;
    link.mutate({ ...linkRules, videoLink: rules.videoLink.trim() || undefined });
  };

  const slotAlternatives = takenAlternatives(book.error);
  const loopAlternatives = takenLoopAlternatives(bookLoop.error);
  const alternatives = mode === "loop" ? loopAlternatives : slotAlternatives;
  const bookError = mode === "loop" ? bookLoop.error : book.error;
  const booked = mode === "loop" ? bookLoop.data?.interviews : book.data && [book.data];
  const candidateZone = shown?.candidateTimeZone ?? viewerZone;
  const sessionTitles = (loopRequest?.sessions ?? []).map((session) => session.title ?? "");

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
          <div className="flex flex-wrap items-center justify-between gap-3">
            <SegmentedControl
              label="What to schedule"
              options={[
                { value: "single", label: "One interview" },
                { value: "loop", label: "Loop" },
              ]}
              value={mode}
              onChange={setMode}
            />
            {mode === "loop" && (
              <p className="text-xs text-slate-500">Sessions run in order, on one day, each with its own panel.</p>
            )}
          </div>
          {members.error ? (
            <ErrorState error={members.error} onRetry={() => members.refetch()} />
          ) : !members.data ? (
            <ListSkeleton rows={2} label="Loading team…" />
          ) : mode === "loop" ? (
            <LoopSessionsEditor
              members={members.data}
              sessions={sessions}
              onChange={setSessions}
              error={formError.session}
            />
          ) : (
            <PanelFields members={members.data} value={panel} onChange={setPanel} error={formError.panel} />
          )}
          <div className="grid grid-cols-2 gap-4">
            {mode === "single" && (
              <DurationField
                value={rules.duration}
                onChange={(duration) => setRules((current) => ({ ...current, duration }))}
              />
            )}
            <TextField
              label="Minimum notice (hours)"
              type="number"
              min={0}
              // Loops set their lengths per session, so notice takes the duration's place in the grid.
              className={mode === "loop" ? "col-span-2" : undefined}
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
          <Button type="submit" loading={suggest.isPending || suggestLoop.isPending} className="w-full">
            {mode === "loop" ? "Find loops" : "Find times"}
          </Button>
          <ProblemDetails error={mode === "loop" ? suggestLoop.error : suggest.error} />
        </form>

        {shown && (
          <section ref={results} aria-labelledby="suggested-heading" className="space-y-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id="suggested-heading" className="text-base font-semibold text-slate-900">
                {mode === "loop" ? "Best loops" : "Best times"}
              </h3>
              <p className="text-xs text-slate-500">
                You: {zoneLabel(viewerZone)} · Candidate: {zoneLabel(candidateZone)}
              </p>
            </div>
            {booked && <BookedAlert interviews={booked} viewerZone={viewerZone} onOpenCalendar={onClose} />}
            {alternatives && (
              <Alert tone="warning" title="That time was just taken">
                {alternatives.length > 0
                  ? "Someone booked it a moment ago. These are the best times still free:"
                  : "Someone booked it a moment ago and nothing else is free in this window. Try a wider one."}
              </Alert>
            )}
            {bookError && !alternatives && <ProblemDetails error={bookError} />}
            {shown.slots.length === 0 ? (
              <NoSlotReasons reasons={shown.noSlotReasons} />
            ) : booked ? null : mode === "loop" && suggestLoop.data ? (
              <SlotList
                slots={loopAlternatives?.length ? loopAlternatives : suggestLoop.data.slots}
                viewerZone={viewerZone}
                candidateZone={candidateZone}
                names={names}
                actionLabel="Book loop"
                onPick={bookLoopOption}
                pendingStart={bookLoop.isPending ? bookLoop.variables?.start : undefined}
                renderDetails={(loop) => (
                  <LoopSessionTimes loop={loop} titles={sessionTitles} names={names} viewerZone={viewerZone} />
                )}
              />
            ) : (
              suggest.data && (
                <SlotList
                  slots={slotAlternatives?.length ? slotAlternatives : suggest.data.slots}
                  viewerZone={viewerZone}
                  candidateZone={candidateZone}
                  names={names}
                  actionLabel="Book"
                  onPick={bookSlot}
                  pendingStart={book.isPending ? book.variables?.start : undefined}
                />
              )
            )}
            {mode === "single" && !booked && (
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
