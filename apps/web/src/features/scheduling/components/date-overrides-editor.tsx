"use client";

import type { AvailabilityInput } from "@hirefolio/shared";
import { useState } from "react";
import { PlusIcon, TrashIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/format-date";
import { toDateInput } from "../week";
import { RangesEditor } from "./weekly-hours-editor";

type DateOverride = AvailabilityInput["dateOverrides"][number];

/** Dates whose hours differ from the week: extra hours, or none at all (a holiday). */
export function DateOverridesEditor({
  value,
  onChange,
}: {
  value: DateOverride[];
  onChange: (value: DateOverride[]) => void;
}) {
  const [date, setDate] = useState(() => toDateInput(new Date()));
  const sorted = [...value].sort((a, b) => a.date.localeCompare(b.date));
  const replace = (target: string, next: DateOverride | null) =>
    onChange(value.flatMap((o) => (o.date === target ? (next ? [next] : []) : [o])));

  return (
    <div className="space-y-4">
      {sorted.length === 0 ? (
        <p className="text-sm text-slate-500">No exceptions. Add a holiday or a day with different hours.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {sorted.map((override) => {
            const label = formatDate(`${override.date}T12:00:00`);
            return (
              <li key={override.date} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center">
                <span className="w-28 shrink-0 text-sm font-medium text-slate-800">{label}</span>
                {override.hours.length === 0 && <span className="text-sm text-slate-500">Unavailable all day</span>}
                <RangesEditor
                  label={label}
                  ranges={override.hours}
                  onChange={(hours) => replace(override.date, { ...override, hours })}
                />
                <Button
                  variant="ghost"
                  size="sm"
                  className="sm:ml-auto"
                  aria-label={`Remove exception on ${label}`}
                  onClick={() => replace(override.date, null)}
                >
                  <TrashIcon />
                  Remove
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <input
          type="date"
          aria-label="Exception date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm shadow-sm"
        />
        <Button
          variant="secondary"
          size="sm"
          disabled={!date || value.some((o) => o.date === date)}
          onClick={() => onChange([...value, { date, hours: [] }])}
        >
          <PlusIcon />
          Add exception
        </Button>
      </div>
    </div>
  );
}
