"use client";

import type { Employer } from "@hirefolio/shared";
import { useId } from "react";
import { BuildingIcon, ChevronDownIcon } from "@/components/icons";

/** A compact select for recruiters who belong to several employers; hidden when there's only one. */
export function EmployerSwitcher({
  employer,
  employers,
  onSelect,
}: {
  employer: Employer;
  employers: Employer[];
  onSelect: (employerId: string) => void;
}) {
  const id = useId();
  if (employers.length < 2) return null;
  return (
    <div className="relative">
      <label htmlFor={id} className="sr-only">
        Employer
      </label>
      <BuildingIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-500" />
      <select
        id={id}
        value={employer.id}
        onChange={(event) => onSelect(event.target.value)}
        className="h-10 appearance-none rounded-lg border border-slate-300 bg-white pr-9 pl-9 text-sm font-medium text-slate-800 shadow-sm hover:border-slate-400"
      >
        {employers.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-slate-500" />
    </div>
  );
}
