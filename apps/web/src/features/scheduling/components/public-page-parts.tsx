"use client";

import Link from "next/link";
import { type ReactNode, useMemo } from "react";
import { GlobeIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { Logo } from "@/components/ui/logo";
import { ListSkeleton } from "@/components/ui/skeleton";
import { StatusPage } from "@/components/ui/status-page";
import { timeZoneOptions } from "@/features/profile/time-zones";
import { isApiError } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { dateKeyInZone, formatLongDay, formatTime, zoneLabel } from "../zoned-time";

export interface TimeSlot {
  start: string;
  end: string;
}

/** The frame of the candidate's public pages: no app navigation, one card. */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-dvh bg-slate-100">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-3xl items-center px-4">
          <Link href="/" aria-label="Hirefolio home">
            <Logo />
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
        <div className="rounded-2xl bg-white p-6 shadow-raised ring-1 ring-slate-200 sm:p-8">{children}</div>
      </main>
    </div>
  );
}

/** "Times shown in Europe/Berlin (…)" with a way to change it: the zone is always named where times are shown. */
export function ZonePicker({ value, onChange }: { value: string; onChange: (timeZone: string) => void }) {
  const zones = useMemo(() => timeZoneOptions(value), [value]);
  return (
    <label className="flex flex-col gap-2 rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700 sm:flex-row sm:items-center">
      <span className="flex items-center gap-2">
        <GlobeIcon className="size-4 shrink-0 text-slate-500" />
        <span>
          Times shown in <strong className="font-semibold">{zoneLabel(value)}</strong>
        </span>
      </span>
      <select
        aria-label="Time zone"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm sm:ml-auto sm:max-w-56"
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
    </label>
  );
}

function groupByDay(slots: TimeSlot[], timeZone: string): [string, TimeSlot[]][] {
  const days = new Map<string, TimeSlot[]>();
  for (const slot of slots) {
    const key = dateKeyInZone(slot.start, timeZone);
    days.set(key, [...(days.get(key) ?? []), slot]);
  }
  return [...days];
}

/** Free times as buttons, one row of days per local date in `timeZone`. */
export function DaySlotPicker({
  slots,
  timeZone,
  selected,
  disabled,
  onPick,
}: {
  slots: TimeSlot[];
  timeZone: string;
  selected?: string;
  disabled?: boolean;
  onPick: (slot: TimeSlot) => void;
}) {
  return (
    <div className="space-y-5">
      {groupByDay(slots, timeZone).map(([day, daySlots]) => (
        <section key={day} aria-label={formatLongDay(daySlots[0]!.start, timeZone)} className="space-y-2">
          <h2 className="text-sm font-semibold text-slate-900">{formatLongDay(daySlots[0]!.start, timeZone)}</h2>
          <div className="grid grid-cols-3 gap-2 sm:grid-cols-5">
            {daySlots.map((slot) => {
              const active = selected === slot.start;
              return (
                <button
                  key={slot.start}
                  type="button"
                  aria-pressed={active}
                  disabled={disabled}
                  onClick={() => onPick(slot)}
                  className={cx(
                    "h-10 rounded-lg border text-sm font-medium tabular-nums transition-colors",
                    active
                      ? "border-brand-600 bg-brand-600 text-white"
                      : "border-slate-300 bg-white text-slate-800 hover:border-brand-500 hover:text-brand-700",
                  )}
                >
                  {formatTime(slot.start, timeZone)}
                </button>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}

interface LinkPageFallbackProps {
  query: { error: Error | null; refetch: () => unknown };
  /** 410: the link was real but can't be used any more; the API's detail says why when it has one. */
  gone: { title: string; description: string };
  /** 404: no such link. */
  missing: { title: string; description: string };
  loadingLabel: string;
}

/** What a candidate's link page shows until its data is there: expired, unknown, failed or still loading. */
export function LinkPageFallback({ query, gone, missing, loadingLabel }: LinkPageFallbackProps) {
  const { error } = query;
  if (isApiError(error, 410) || isApiError(error, 404)) {
    const expired = isApiError(error, 410);
    return (
      <StatusPage
        code={expired ? "410" : "404"}
        title={expired ? gone.title : missing.title}
        description={expired ? (error.problem.detail ?? gone.description) : missing.description}
        actions={<ButtonLink href="/">Go to Hirefolio</ButtonLink>}
      />
    );
  }
  return (
    <PublicShell>
      {error ? (
        <ErrorState error={error} onRetry={() => query.refetch()} />
      ) : (
        <ListSkeleton rows={3} label={loadingLabel} />
      )}
    </PublicShell>
  );
}
