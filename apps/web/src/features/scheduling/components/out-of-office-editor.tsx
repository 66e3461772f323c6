"use client";

import type { AvailabilityInput } from "@hirefolio/shared";
import { useMemo, useState } from "react";
import { PlusIcon, TrashIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { browserTimeZone } from "@/features/profile/time-zones";
import { formatRange, zoneLabel } from "../zoned-time";

type Absence = AvailabilityInput["outOfOffice"][number];

const inputClasses = "h-9 rounded-md border border-slate-300 bg-white px-2 text-sm shadow-sm";

/**
 * Absences to the minute (a conference, a half day off), stored as instants. <input type="datetime-local"> has
 * no zone and the browser reads it in its own, so the list is shown in that zone too, named.
 * Whole days off are simpler as date exceptions.
 */
export function OutOfOfficeEditor({ value, onChange }: { value: Absence[]; onChange: (value: Absence[]) => void }) {
  const timeZone = useMemo(browserTimeZone, []);
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const startAt = start ? new Date(start) : null;
  const endAt = end ? new Date(end) : null;
  const valid = startAt && endAt && endAt > startAt;

  return (
    <div className="space-y-4">
      {value.length === 0 ? (
        <p className="text-sm text-slate-500">No absences planned.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {value.map((absence) => (
            <li
              key={`${absence.start}/${absence.end}`}
              className="flex items-center justify-between gap-3 py-2 text-sm"
            >
              <span className="text-slate-800">{formatRange(absence.start, absence.end, timeZone)}</span>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove absence ${formatRange(absence.start, absence.end, timeZone)}`}
                onClick={() => onChange(value.filter((a) => a !== absence))}
              >
                <TrashIcon />
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <input
          type="datetime-local"
          aria-label="Absent from"
          value={start}
          onChange={(event) => setStart(event.target.value)}
          className={inputClasses}
        />
        <span className="text-slate-400">–</span>
        <input
          type="datetime-local"
          aria-label="Absent until"
          value={end}
          onChange={(event) => setEnd(event.target.value)}
          className={inputClasses}
        />
        <Button
          variant="secondary"
          size="sm"
          disabled={!valid}
          onClick={() => {
            if (!startAt || !endAt) return;
            onChange([...value, { start: startAt.toISOString(), end: endAt.toISOString() }]);
            setStart("");
            setEnd("");
          }}
        >
          <PlusIcon />
          Add absence
        </Button>
        {start && end && !valid && <span className="text-sm text-rose-700">Ends before it starts</span>}
      </div>
      <p className="text-xs text-slate-500">Times in {zoneLabel(timeZone)}</p>
    </div>
  );
}
