"use client";

import type { AvailabilityInput } from "@hirefolio/shared";
import { PlusIcon, TrashIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";

export type WeeklyHours = AvailabilityInput["weeklyHours"];
export type ClockRange = { start: string; end: string };

export const weekdays = [
  ["mon", "Monday"],
  ["tue", "Tuesday"],
  ["wed", "Wednesday"],
  ["thu", "Thursday"],
  ["fri", "Friday"],
  ["sat", "Saturday"],
  ["sun", "Sunday"],
] as const;

const timeInput = "h-9 rounded-md border border-slate-300 bg-white px-2 text-sm tabular-nums shadow-sm";

/** A day's ranges as time inputs; each range can be removed, and a new one starts an hour after the last. */
export function RangesEditor({
  label,
  ranges,
  onChange,
}: {
  label: string;
  ranges: ClockRange[];
  onChange: (ranges: ClockRange[]) => void;
}) {
  const update = (index: number, patch: Partial<ClockRange>) =>
    onChange(ranges.map((range, i) => (i === index ? { ...range, ...patch } : range)));
  const addRange = () => {
    const last = ranges.at(-1);
    const startHour = last ? Math.min(22, Number(last.end.slice(0, 2)) + 1) : 9;
    const pad = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
    onChange([...ranges, { start: pad(startHour), end: pad(Math.min(24, startHour + (last ? 1 : 8))) }]);
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      {ranges.map((range, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: ranges have no identity beyond their position while edited
        <div key={index} className="flex items-center gap-1.5">
          <input
            type="time"
            aria-label={`${label} range ${index + 1} start`}
            className={timeInput}
            value={range.start}
            onChange={(event) => update(index, { start: event.target.value })}
          />
          <span className="text-slate-400">–</span>
          <input
            type="time"
            aria-label={`${label} range ${index + 1} end`}
            className={timeInput}
            value={range.end === "24:00" ? "23:59" : range.end}
            onChange={(event) => update(index, { end: event.target.value === "23:59" ? "24:00" : event.target.value })}
          />
          <button
            type="button"
            aria-label={`Remove ${label} range ${index + 1}`}
            onClick={() => onChange(ranges.filter((_, i) => i !== index))}
            className="grid size-8 place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-rose-600"
          >
            <TrashIcon className="size-4" />
          </button>
        </div>
      ))}
      <Button variant="ghost" size="sm" onClick={addRange} aria-label={`Add ${label} range`}>
        <PlusIcon />
        {ranges.length === 0 ? "Add hours" : "Add"}
      </Button>
    </div>
  );
}

/**
 * One row per weekday: unavailable, or any number of local wall-clock ranges. `labelPrefix` keeps the controls'
 * accessible names apart when the page shows more than one week (preferred hours, no-meeting blocks).
 */
export function WeeklyHoursEditor({
  value,
  onChange,
  labelPrefix,
}: {
  value: WeeklyHours;
  onChange: (value: WeeklyHours) => void;
  labelPrefix?: string;
}) {
  return (
    <ul className="divide-y divide-slate-100">
      {weekdays.map(([key, name]) => {
        const ranges = value[key] ?? [];
        return (
          <li key={key} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center">
            <span className="w-28 shrink-0 text-sm font-medium text-slate-800">{name}</span>
            {ranges.length === 0 && <span className="text-sm text-slate-500">Unavailable</span>}
            <RangesEditor
              label={labelPrefix ? `${labelPrefix} ${name}` : name}
              ranges={ranges}
              onChange={(next) => onChange({ ...value, [key]: next })}
            />
          </li>
        );
      })}
    </ul>
  );
}
