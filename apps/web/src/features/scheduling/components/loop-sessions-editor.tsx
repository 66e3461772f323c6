"use client";

import type { SuggestLoopRequest } from "@hirefolio/shared";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import type { EmployerMember } from "@/features/employers/api";
import { DurationField } from "./duration-field";
import { type PanelChoice, PanelFields, panelMembers } from "./panel-fields";

export interface LoopSessionDraft {
  key: string;
  title: string;
  duration: string;
  breakBefore: string;
  panel: PanelChoice;
}

const maxSessions = 6;
const defaultTitles = ["Coding", "System design", "Values", "Hiring manager", "Team chat", "Wrap-up"];

export function newLoopSession(index: number, interviewerIds: string[] = []): LoopSessionDraft {
  return {
    key: crypto.randomUUID(),
    title: defaultTitles[index] ?? `Session ${index + 1}`,
    duration: "60",
    breakBefore: index === 0 ? "0" : "15",
    panel: { roles: Object.fromEntries(interviewerIds.map((id) => [id, "required"])), rule: "all", count: 1 },
  };
}

/** The sessions as the API takes them, with everyone marked optional in any session joining the loop when free. */
export function loopSessionsRequest(drafts: LoopSessionDraft[]) {
  const sessions: SuggestLoopRequest["sessions"] = drafts.map((draft, index) => {
    const required = panelMembers(draft.panel, "required");
    return {
      title: draft.title.trim() || undefined,
      durationMinutes: Number(draft.duration),
      breakBeforeMinutes: index === 0 ? 0 : Math.max(0, Number(draft.breakBefore) || 0),
      interviewerIds: required,
      panelCount:
        draft.panel.rule === "any" && required.length > 1 ? Math.min(draft.panel.count, required.length) : undefined,
    };
  });
  const optional = new Set(drafts.flatMap((draft) => panelMembers(draft.panel, "optional")));
  return { sessions, optionalInterviewerIds: [...optional] };
}

/** The index of the first session without an interviewer, which the form points at. */
export const sessionWithoutPanel = (drafts: LoopSessionDraft[]) =>
  drafts.findIndex((draft) => panelMembers(draft.panel, "required").length === 0);

/** Two to six sessions, each with its own length, break before it and panel; they run in this order. */
export function LoopSessionsEditor({
  members,
  sessions,
  onChange,
  error,
}: {
  members: EmployerMember[];
  sessions: LoopSessionDraft[];
  onChange: (sessions: LoopSessionDraft[]) => void;
  /** Shown under the session at `error.index`. */
  error?: { index: number; message: string };
}) {
  const update = (index: number, change: Partial<LoopSessionDraft>) =>
    onChange(sessions.map((session, i) => (i === index ? { ...session, ...change } : session)));

  return (
    <div className="space-y-4">
      <ol className="space-y-4">
        {sessions.map((session, index) => (
          <li key={session.key} className="space-y-4 rounded-xl border border-slate-200 bg-slate-50/60 p-4">
            <div className="flex items-center justify-between gap-3">
              <h4 className="text-sm font-semibold text-slate-900">Session {index + 1}</h4>
              {sessions.length > 2 && (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => onChange(sessions.filter((_, i) => i !== index))}
                  aria-label={`Remove session ${index + 1}`}
                >
                  Remove
                </Button>
              )}
            </div>
            <div className="grid grid-cols-2 gap-4">
              <TextField
                label="Title"
                className="col-span-2"
                value={session.title}
                maxLength={200}
                onChange={(event) => update(index, { title: event.target.value })}
              />
              <DurationField value={session.duration} onChange={(duration) => update(index, { duration })} />
              {index > 0 && (
                <TextField
                  label="Break before (min)"
                  type="number"
                  min={0}
                  max={1440}
                  value={session.breakBefore}
                  onChange={(event) => update(index, { breakBefore: event.target.value })}
                />
              )}
            </div>
            <PanelFields
              members={members}
              value={session.panel}
              onChange={(panel) => update(index, { panel })}
              error={error?.index === index ? error.message : undefined}
            />
          </li>
        ))}
      </ol>
      {sessions.length < maxSessions && (
        <Button variant="secondary" size="sm" onClick={() => onChange([...sessions, newLoopSession(sessions.length)])}>
          Add session
        </Button>
      )}
    </div>
  );
}
