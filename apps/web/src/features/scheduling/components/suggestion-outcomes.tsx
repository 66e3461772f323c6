"use client";

import type { Interview, SuggestResponse } from "@hirefolio/shared";
import Link from "next/link";
import { CalendarIcon } from "@/components/icons";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { EmptyState } from "@/components/ui/empty-state";
import type { SchedulingLink } from "../api";
import { toDateInput } from "../week";
import { formatRange } from "../zoned-time";
import { ProblemDetails } from "./problem-details";

/** A booked interview, or every session of a booked loop; `onOpenCalendar` closes the sheet it sits in. */
export function BookedAlert({
  interviews,
  viewerZone,
  onOpenCalendar,
}: {
  interviews: Interview[];
  viewerZone: string;
  onOpenCalendar: () => void;
}) {
  const first = interviews[0]!;
  const loop = interviews.length > 1;
  return (
    <Alert
      tone="success"
      title={loop ? `Loop of ${interviews.length} sessions booked` : "Interview booked"}
      action={
        <Link
          className="font-medium underline"
          href={`/scheduling?week=${toDateInput(new Date(first.start))}`}
          onClick={onOpenCalendar}
        >
          See it on the calendar
        </Link>
      }
    >
      {formatRange(first.start, interviews.at(-1)!.end, viewerZone)}. Invitations are on their way.
    </Alert>
  );
}

/** Nothing fits: say so plainly, with who or which limit is in the way. */
export function NoSlotReasons({ reasons }: { reasons: SuggestResponse["noSlotReasons"] }) {
  return (
    <div className="rounded-xl border border-slate-200">
      <EmptyState
        icon={<CalendarIcon className="size-6" />}
        title="No time fits"
        description="Widen the window, shorten the interview or change the panel."
      />
      <ul className="space-y-1 border-t border-slate-100 px-5 py-4 text-sm text-slate-700">
        {reasons.map((reason) => (
          <li key={`${reason.code}:${reason.message}`}>• {reason.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** The alternative to booking: the candidate picks from the same free times, in their own zone. */
export function SelfSchedulingLinkBox({
  candidateName,
  link,
  pending,
  error,
  onSend,
}: {
  candidateName: string;
  link: SchedulingLink | undefined;
  pending: boolean;
  error: unknown;
  onSend: () => void;
}) {
  return (
    <div className="space-y-3 rounded-xl border border-dashed border-slate-300 p-4">
      <p className="text-sm text-slate-700">
        Or let {candidateName} pick: they get an email with a link showing these free times in their own zone.
      </p>
      {link ? (
        <CopyField value={link.url} label="Self-scheduling link" />
      ) : (
        <Button variant="secondary" onClick={onSend} loading={pending}>
          Send self-scheduling link
        </Button>
      )}
      <ProblemDetails error={error} />
    </div>
  );
}
