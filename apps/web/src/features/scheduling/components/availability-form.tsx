"use client";

import type { Availability, AvailabilityInput } from "@hirefolio/shared";
import { type ReactNode, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toast";
import { browserTimeZone, timeZoneOptions } from "@/features/profile/time-zones";
import { useSaveAvailability } from "../hooks/use-availability";
import { zoneLabel } from "../zoned-time";
import { DateOverridesEditor } from "./date-overrides-editor";
import { OutOfOfficeEditor } from "./out-of-office-editor";
import { ProblemDetails } from "./problem-details";
import { type WeeklyHours, WeeklyHoursEditor } from "./weekly-hours-editor";

type Limits = AvailabilityInput["limits"];

const limitFields: { key: keyof Limits; label: string; hint: string }[] = [
  { key: "maxPerDay", label: "Interviews per day", hint: "Counted on your local days" },
  { key: "maxPerWeek", label: "Interviews per week", hint: "Monday to Sunday" },
  { key: "maxMinutesPerDay", label: "Minutes per day", hint: "e.g. 240 for 4 hours" },
  { key: "maxMinutesPerWeek", label: "Minutes per week", hint: "e.g. 900 for 15 hours" },
];

function toInput({ configured: _configured, updatedAt: _updatedAt, ...input }: Availability): AvailabilityInput {
  return input;
}

function OptionalHours({
  title,
  description,
  value,
  onChange,
}: {
  title: string;
  description: string;
  value: WeeklyHours | undefined;
  onChange: (value: WeeklyHours | undefined) => void;
}) {
  return (
    <div className="space-y-2">
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4 accent-brand-600"
          checked={value !== undefined}
          onChange={(event) => onChange(event.target.checked ? {} : undefined)}
        />
        <span>
          <span className="font-medium text-slate-800">{title}</span>
          <span className="block text-slate-600">{description}</span>
        </span>
      </label>
      {value && (
        <div className="pl-6">
          <WeeklyHoursEditor value={value} onChange={onChange} labelPrefix={title} />
        </div>
      )}
    </div>
  );
}

function Section({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <Card title={title} description={description}>
      {children}
    </Card>
  );
}

/** Time zone, weekly hours, exceptions, limits and preferences: what the slot finder reads about a person. */
export function AvailabilityForm({ availability }: { availability: Availability }) {
  const toast = useToast();
  const save = useSaveAvailability();
  const [value, setValue] = useState<AvailabilityInput>(() => {
    const input = toInput(availability);
    // Until saved once, the API shows defaults; the browser's own zone is the better guess.
    return availability.configured ? input : { ...input, timeZone: browserTimeZone() };
  });
  const patch = (next: Partial<AvailabilityInput>) => setValue((current) => ({ ...current, ...next }));
  const setLimit = (key: keyof Limits, text: string) =>
    patch({ limits: { ...value.limits, [key]: text === "" ? undefined : Number(text) } });

  return (
    <form
      className="space-y-6"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(value, { onSuccess: () => toast.show("Availability saved") });
      }}
    >
      {!availability.configured && (
        <Alert tone="info" title="Not saved yet">
          These are the defaults. Save them, or adjust, so interview times fit your week.
        </Alert>
      )}
      <Section title="Time zone" description="Your hours below are in this zone; daylight saving is handled for you.">
        <SelectField
          label="Time zone"
          value={value.timeZone}
          onChange={(event) => patch({ timeZone: event.target.value })}
          hint={`Now ${zoneLabel(value.timeZone)}`}
          className="max-w-md"
        >
          {timeZoneOptions(value.timeZone).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
      </Section>
      <Section title="Weekly hours" description="When you can interview. Add several ranges for a split day.">
        <WeeklyHoursEditor value={value.weeklyHours} onChange={(weeklyHours) => patch({ weeklyHours })} />
      </Section>
      <Section title="Date exceptions" description="Holidays, days off, or a day with different hours.">
        <DateOverridesEditor value={value.dateOverrides} onChange={(dateOverrides) => patch({ dateOverrides })} />
      </Section>
      <Section title="Out of office" description="Conferences, appointments, part days away: no interviews then.">
        <OutOfOfficeEditor value={value.outOfOffice} onChange={(outOfOffice) => patch({ outOfOffice })} />
      </Section>
      <Section title="Limits" description="Never more than this; empty means no limit.">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {limitFields.map(({ key, label, hint }) => (
            <TextField
              key={key}
              label={label}
              hint={hint}
              type="number"
              min={0}
              inputMode="numeric"
              value={value.limits[key] ?? ""}
              onChange={(event) => setLimit(key, event.target.value)}
            />
          ))}
        </div>
      </Section>
      <Section title="Preferences" description="Soft rules: the best-ranked times honour them when they can.">
        <div className="space-y-5">
          <OptionalHours
            title="Preferred hours"
            description="Times inside them rank higher."
            value={value.preferences.preferredHours}
            onChange={(preferredHours) => patch({ preferences: { ...value.preferences, preferredHours } })}
          />
          <OptionalHours
            title="No-meeting blocks"
            description="Focus time: never offered for interviews."
            value={value.preferences.noMeetingBlocks}
            onChange={(noMeetingBlocks) => patch({ preferences: { ...value.preferences, noMeetingBlocks } })}
          />
        </div>
      </Section>
      <div className="sticky bottom-4 z-10 flex flex-wrap items-center justify-end gap-3 rounded-xl border border-slate-200 bg-white/95 p-3 shadow-raised backdrop-blur">
        <div className="mr-auto min-w-0 flex-1">
          <ProblemDetails error={save.error} />
        </div>
        <Button type="submit" loading={save.isPending}>
          Save availability
        </Button>
      </div>
    </form>
  );
}
