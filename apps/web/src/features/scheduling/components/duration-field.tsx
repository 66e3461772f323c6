import { SelectField } from "@/components/ui/form-field";

const durations = [15, 30, 45, 60, 90, 120, 180];

/** An interview length in minutes, from the lengths teams book. */
export function DurationField({
  label = "Duration",
  value,
  onChange,
}: {
  label?: string;
  value: string;
  onChange: (minutes: string) => void;
}) {
  return (
    <SelectField label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      {durations.map((minutes) => (
        <option key={minutes} value={minutes}>
          {minutes < 60 ? `${minutes} min` : `${minutes / 60} h`}
        </option>
      ))}
    </SelectField>
  );
}
