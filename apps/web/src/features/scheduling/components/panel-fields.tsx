"use client";

import { Avatar } from "@/components/ui/avatar";
import { SegmentedControl } from "@/components/ui/segmented-control";
import type { EmployerMember } from "@/features/employers/api";
import { cx } from "@/lib/class-names";

export type PanelRole = "required" | "optional" | "none";

export interface PanelChoice {
  roles: Record<string, PanelRole>;
  rule: "all" | "any";
  count: number;
}

const roleOptions = [
  { value: "required", label: "Interviews" },
  { value: "optional", label: "Optional" },
  { value: "none", label: "—" },
] as const;

export function panelMembers(choice: PanelChoice, role: PanelRole): string[] {
  return Object.entries(choice.roles)
    .filter(([, value]) => value === role)
    .map(([id]) => id);
}

/** Who interviews: each member required, optional (joins when free) or out; and "all of" or "any k of" them. */
export function PanelFields({
  members,
  value,
  onChange,
  error,
}: {
  members: EmployerMember[];
  value: PanelChoice;
  onChange: (value: PanelChoice) => void;
  error?: string;
}) {
  const required = panelMembers(value, "required").length;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">Interviewers</legend>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {members.map((member) => (
          <li key={member.userId} className="flex items-center justify-between gap-3 px-3 py-2">
            <span className="flex min-w-0 items-center gap-2 text-sm text-slate-800">
              <Avatar name={member.name} />
              <span className="truncate">{member.name}</span>
            </span>
            <SegmentedControl
              label={`Role of ${member.name}`}
              options={roleOptions}
              value={value.roles[member.userId] ?? "none"}
              onChange={(role) => onChange({ ...value, roles: { ...value.roles, [member.userId]: role } })}
            />
          </li>
        ))}
      </ul>
      {error && <p className="text-sm text-rose-700">{error}</p>}
      <div className={cx("flex flex-wrap items-center gap-3 text-sm text-slate-700", required < 2 && "opacity-60")}>
        <SegmentedControl
          label="Panel rule"
          options={[
            { value: "all", label: "All of them" },
            { value: "any", label: "Any k of them" },
          ]}
          value={required < 2 ? "all" : value.rule}
          onChange={(rule) => onChange({ ...value, rule })}
        />
        {value.rule === "any" && required >= 2 && (
          <label className="flex items-center gap-2">
            k =
            <input
              type="number"
              min={1}
              max={required}
              value={Math.min(value.count, required)}
              onChange={(event) => onChange({ ...value, count: Number(event.target.value) || 1 })}
              className="h-8 w-16 rounded-md border border-slate-300 px-2 text-sm"
            />
            of {required}, least loaded first
          </label>
        )}
      </div>
    </fieldset>
  );
}
