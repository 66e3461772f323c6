"use client";
import { useState } from "react";
import { CalendarIcon, CheckIcon, ClockIcon } from "@/components/icons";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { browserTimeZone } from "@/features/profile/time-zones";
import { isApiError } from "@/lib/api-client";
import type { LinkBooking, PublicSchedulingLink } from "../api";
import { useBookLinkSlot, useHoldLinkSlot, usePublicLink } from "../hooks/use-booking-link";
import { formatDay, formatLongDay, formatRange, formatTime, zoneLabel } from "../zoned-time";
import { AddToCalendarButton } from "./add-to-calendar-button";
import { BookingRating } from "./booking-rating";
import { ProblemDetails } from "./problem-details";
import { DaySlotPicker, LinkPageFallback, PublicShell, ZonePicker } from "./public-page-parts";

type Slot = PublicSchedulingLink["slots"][number];

function Confirmation({ link, booking, token }: { link: PublicSchedulingLink; booking: LinkBooking; token: string }) {
  return (
    <div className="space-y-6 text-center">
      <div className="mx-auto grid size-12 place-items-center rounded-full bg-emerald-50 text-emerald-600 ring-1 ring-emerald-200">
        <CheckIcon className="size-6" />
      </div>
      <div className="space-y-1">
        <p className="text-sm font-medium text-brand-700">{link.employerName}</p>
        <h1 className="text-2xl font-semibold text-slate-900">You're booked</h1>
        <p className="text-slate-600">{link.title}</p>
      </div>
      <p className="text-lg font-medium text-slate-900">
        {formatLongDay(booking.start, booking.timeZone)}
        <br />
        {formatTime(booking.start, booking.timeZone)} – {formatTime(booking.end, booking.timeZone)}
      </p>
      <p className="text-sm text-slate-500">Times shown in {zoneLabel(booking.timeZone, new Date(booking.start))}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <AddToCalendarButton
          uid={`${token}@hirefolio`}
          start={booking.start}
          end={booking.end}
          title={link.title}
          employerName={link.employerName}
        />
      </div>
      <p className="text-sm text-slate-600">
        An invitation is on its way by email, with a link to reschedule or cancel if plans change.
      </p>
      <BookingRating page="booking" token={token} />
    </div>
  );
}

/** The candidate's page behind a self-scheduling link: free times in their own zone, pick, confirm, done. */
export function BookingPage({ token }: { token: string }) {
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const link = usePublicLink(token, timeZone);
  const hold = useHoldLinkSlot(token);
  const book = useBookLinkSlot(token);
  const [picked, setPicked] = useState<Slot | null>(null);

  if (link.error || !link.data) {
    return (
      <LinkPageFallback
        query={link}
        gone={{
          title: "This scheduling link has expired",
          description: "Ask the recruiter who sent it for a new one.",
        }}
        missing={{
          title: "This scheduling link doesn't work",
          description: "Check that you copied the whole address, or ask the recruiter for a new link.",
        }}
        loadingLabel="Loading available times…"
      />
    );
  }

  const data = link.data;
  const booked = book.data ?? (data.bookedInterview?.status === "confirmed" ? data.bookedInterview : null);
  if (booked) {
    return (
      <PublicShell>
        <Confirmation link={data} booking={booked} token={token} />
      </PublicShell>
    );
  }

  const held = hold.data ?? data.bookedInterview;
  const taken = isApiError(hold.error, 409) || isApiError(book.error, 409);
  const choose = (slot: Slot) => {
    setPicked(slot);
    book.reset();
    hold.mutate({ start: slot.start, timeZone });
  };

  return (
    <PublicShell>
      <div className="space-y-6">
        <div className="space-y-1">
          <p className="text-sm font-medium text-brand-700">{data.employerName}</p>
          <h1 className="text-2xl font-semibold text-slate-900">{data.title}</h1>
          <p className="flex items-center gap-1.5 text-slate-600">
            <ClockIcon className="size-4" />
            {data.durationMinutes} minutes · pick the time that suits you
          </p>
        </div>
        <ZonePicker
          value={timeZone}
          onChange={(zone) => {
            setTimeZone(zone);
            setPicked(null);
            hold.reset();
          }}
        />
        {taken && (
          <Alert tone="warning" title="That time was just taken">
            Someone booked it a moment ago. The times below are still free.
          </Alert>
        )}
        {held && held.status === "held" && !taken && (
          <div className="space-y-3 rounded-xl border border-brand-200 bg-brand-50 p-4">
            <p className="text-sm text-brand-900">
              <strong className="font-semibold">{formatRange(held.start, held.end, timeZone)}</strong> is held for you
              {held.holdExpiresAt && ` until ${formatTime(held.holdExpiresAt, timeZone)}`}. Confirm to book it.
            </p>
            <div className="flex flex-wrap gap-2">
              <Button loading={book.isPending} onClick={() => book.mutate({ start: held.start, timeZone })}>
                Confirm booking
              </Button>
              <Button
                variant="ghost"
                onClick={() => {
                  setPicked(null);
                  hold.reset();
                }}
              >
                Pick another time
              </Button>
            </div>
            {!isApiError(book.error, 409) && <ProblemDetails error={book.error} />}
          </div>
        )}
        {!isApiError(hold.error, 409) && <ProblemDetails error={hold.error} />}
        {data.slots.length === 0 ? (
          <EmptyState
            icon={<CalendarIcon className="size-6" />}
            title="No free times left"
            description={`Every time on offer has been taken. Reply to ${data.employerName}'s email and they'll send new ones.`}
          />
        ) : (
          <DaySlotPicker
            slots={data.slots}
            timeZone={timeZone}
            selected={picked?.start ?? held?.start}
            disabled={hold.isPending}
            onPick={choose}
          />
        )}
        <p className="text-xs text-slate-500">Link valid until {formatDay(data.expiresAt, timeZone)}.</p>
      </div>
    </PublicShell>
  );
}
