"use client";

import { useId, useRef } from "react";
import { controlClasses } from "@/components/ui/form-field";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { cx } from "@/lib/class-names";
import { type DateRange, presetRange, type RangePreset, rangePresets } from "../date-range";

const choices = [...rangePresets, { value: "custom", label: "Custom" }] as const;
type Choice = (typeof choices)[number]["value"];

interface DateRangeBarProps {
  range: DateRange;
  preset: RangePreset | undefined;
  /** Why the range can't be shown, when it can't. */
  problem?: string;
  now: Date;
  onChange: (range: DateRange) => void;
}

/** Presets for the usual periods and two date inputs for any other; the page keeps the choice in the address. */
export function DateRangeBar({ range, preset, problem, now, onChange }: DateRangeBarProps) {
  const fromRef = useRef<HTMLInputElement>(null);
  const presetId = useId();
  const fromId = useId();
  const toId = useId();
  const problemId = useId();
  const inputClasses = cx(controlClasses, "h-9", problem ? "border-rose-400" : "border-slate-300");
  const choose = (choice: Choice) => {
    if (choice === "custom") fromRef.current?.focus();
    else onChange(presetRange(choice, now));
  };
  return (
    <div className="space-y-2">
      <div className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-card lg:flex-row lg:items-center lg:justify-between">
        <div className="hidden sm:block">
          <SegmentedControl
            label="Period"
            options={choices}
            value={preset ?? "custom"}
            onChange={choose}
            className="whitespace-nowrap"
          />
        </div>
        {/* Five buttons don't fit a phone's width; a select does the same job there. */}
        <div className="flex w-full items-center gap-2 text-sm sm:hidden">
          <label htmlFor={presetId} className="w-12 shrink-0 font-medium text-slate-700">
            Period
          </label>
          <select
            id={presetId}
            value={preset ?? "custom"}
            onChange={(event) => choose(event.target.value as Choice)}
            className={cx(controlClasses, "h-9 border-slate-300")}
          >
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <div className="flex w-full items-center gap-2 sm:w-auto">
            <label htmlFor={fromId} className="w-12 shrink-0 font-medium text-slate-700 sm:w-auto">
              From
            </label>
            <div className="w-full sm:w-40">
              <input
                ref={fromRef}
                id={fromId}
                type="date"
                value={range.from}
                aria-invalid={!!problem || undefined}
                aria-describedby={problem ? problemId : undefined}
                onChange={(event) => onChange({ ...range, from: event.target.value })}
                className={inputClasses}
              />
            </div>
          </div>
          <div className="flex w-full items-center gap-2 sm:w-auto">
            <label htmlFor={toId} className="w-12 shrink-0 font-medium text-slate-700 sm:w-auto">
              To
            </label>
            <div className="w-full sm:w-40">
              <input
                id={toId}
                type="date"
                value={range.to}
                aria-invalid={!!problem || undefined}
                aria-describedby={problem ? problemId : undefined}
                onChange={(event) => onChange({ ...range, to: event.target.value })}
                className={inputClasses}
              />
            </div>
          </div>
        </div>
      </div>
      {problem && (
        <p id={problemId} role="alert" className="text-sm font-medium text-rose-700">
          {problem}
        </p>
      )}
    </div>
  );
}
