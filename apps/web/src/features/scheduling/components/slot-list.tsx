"use client";

import type { SuggestedSlot } from "@hirefolio/shared";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { formatRange, zoneAbbreviation } from "../zoned-time";

interface SlotListProps<T extends SuggestedSlot> {
  slots: T[];
  viewerZone: string;
  candidateZone: string;
  /** Interviewer names by user id. */
  names: Map<string, string>;
  actionLabel: string;
  onPick: (slot: T) => void;
  /** The slot whose action is running. */
  pendingStart?: string;
  /** What the slot is made of, e.g. a loop's sessions; by default who takes it. */
  renderDetails?: (slot: T) => ReactNode;
}

function ScoreBar({ score }: { score: number }) {
  const percent = Math.round(Math.min(100, Math.max(0, score)));
  return (
    <div className="flex items-center gap-2">
      <div aria-hidden="true" className="h-1.5 w-20 overflow-hidden rounded-full bg-slate-100">
        <div className="h-full rounded-full bg-brand-500" style={{ width: `${percent}%` }} />
      </div>
      <span className="text-xs font-medium text-slate-600 tabular-nums">
        <span className="sr-only">Score </span>
        {percent}
      </span>
    </div>
  );
}

/** Ranked slots, best first, each with its score, who takes it, why it ranks there and both parties' times. */
export function SlotList<T extends SuggestedSlot>({
  slots,
  viewerZone,
  candidateZone,
  names,
  actionLabel,
  onPick,
  pendingStart,
  renderDetails,
}: SlotListProps<T>) {
  const sameZone = zoneAbbreviation(viewerZone) === zoneAbbreviation(candidateZone) || viewerZone === candidateZone;
  return (
    <ol className="space-y-3" aria-label="Suggested times">
      {slots.map((slot, index) => (
        <li key={slot.start} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0 space-y-1">
              <p className="text-sm font-semibold text-slate-900">
                <span className="mr-2 text-slate-400 tabular-nums">#{index + 1}</span>
                {formatRange(slot.start, slot.end, viewerZone)}{" "}
                <span className="font-normal text-slate-500">{zoneAbbreviation(viewerZone, new Date(slot.start))}</span>
              </p>
              {!sameZone && (
                <p className="text-xs text-slate-600">
                  Candidate: {formatRange(slot.start, slot.end, candidateZone)}{" "}
                  {zoneAbbreviation(candidateZone, new Date(slot.start))}
                </p>
              )}
              {renderDetails ? (
                renderDetails(slot)
              ) : (
                <p className="text-xs text-slate-600">
                  With {slot.interviewers.map((id) => names.get(id) ?? "an interviewer").join(", ")}
                </p>
              )}
            </div>
            <div className="flex items-center gap-3">
              <ScoreBar score={slot.score} />
              <Button
                size="sm"
                onClick={() => onPick(slot)}
                loading={pendingStart === slot.start}
                disabled={pendingStart !== undefined}
                aria-label={`${actionLabel} ${formatRange(slot.start, slot.end, viewerZone)}`}
              >
                {actionLabel}
              </Button>
            </div>
          </div>
          {slot.reasons.length > 0 && (
            <ul className="mt-3 flex flex-wrap gap-1.5" aria-label="Why this time">
              {slot.reasons.map((reason) => (
                <li key={reason} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
                  {reason}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
