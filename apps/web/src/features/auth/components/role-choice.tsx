"use client";

import type { ReactNode } from "react";
import { BriefcaseIcon, UsersIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";
import type { SignUpInput } from "../api";

type SignUpRole = SignUpInput["role"];

const choices: { value: SignUpRole; title: string; detail: string; icon: ReactNode }[] = [
  {
    value: "candidate",
    title: "I'm looking for a job",
    detail: "Build your profile and apply",
    icon: <BriefcaseIcon />,
  },
  { value: "recruiter", title: "I'm hiring", detail: "Post jobs and run your pipeline", icon: <UsersIcon /> },
];

/** Two large radio options; the native inputs stay in the page so keyboard and screen readers work as usual. */
export function RoleChoice({ value, onChange }: { value: SignUpRole; onChange: (role: SignUpRole) => void }) {
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-slate-800">How will you use Hirefolio?</legend>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {choices.map((choice) => {
          const checked = value === choice.value;
          return (
            <label
              key={choice.value}
              className={cx(
                "relative flex cursor-pointer gap-3 rounded-xl border p-3.5 transition-colors",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                checked
                  ? "border-brand-500 bg-brand-50/60 ring-1 ring-brand-500"
                  : "border-slate-300 hover:border-slate-400",
              )}
            >
              <input
                type="radio"
                name="role"
                value={choice.value}
                checked={checked}
                onChange={() => onChange(choice.value)}
                className="sr-only"
              />
              <span
                className={cx(
                  "grid size-9 shrink-0 place-items-center rounded-lg",
                  checked ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-600",
                )}
              >
                {choice.icon}
              </span>
              <span className="min-w-0">
                <span className="block text-sm font-semibold text-slate-900">{choice.title}</span>
                <span className="block text-xs text-slate-600">{choice.detail}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
