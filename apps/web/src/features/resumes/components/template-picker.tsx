"use client";

import type { ResumeTemplate } from "@hirefolio/shared";
import { useId } from "react";
import { CheckIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";
import { TemplateThumbnail } from "./template-thumbnail";

interface TemplatePickerProps {
  templates: readonly ResumeTemplate[];
  value: string;
  onChange: (templateId: string) => void;
  disabled?: boolean;
}

/** One radio card per industry template; arrow keys move between them as in any radio group. */
export function TemplatePicker({ templates, value, onChange, disabled }: TemplatePickerProps) {
  const name = useId();
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="mb-2 text-sm font-semibold text-slate-900">Template</legend>
      {templates.map((template) => {
        const selected = template.id === value;
        return (
          <label
            key={template.id}
            className={cx(
              "relative flex cursor-pointer gap-3 rounded-lg border p-3 transition-colors",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
              selected ? "border-brand-500 bg-brand-50/60 ring-1 ring-brand-500" : "border-slate-200 hover:bg-slate-50",
            )}
          >
            <input
              type="radio"
              name={name}
              value={template.id}
              checked={selected}
              onChange={() => onChange(template.id)}
              aria-describedby={`${name}-${template.id}-description`}
              className="absolute inset-0 size-full cursor-pointer appearance-none rounded-lg opacity-0"
            />
            <TemplateThumbnail template={template} />
            <span className="min-w-0 flex-1 space-y-1">
              <span className="flex items-start justify-between gap-2">
                <span className="text-sm font-semibold text-slate-900">{template.name}</span>
                {selected && (
                  <span className="inline-flex items-center gap-1 text-xs font-medium text-brand-700">
                    <CheckIcon className="size-3.5" />
                    Selected
                  </span>
                )}
              </span>
              <span className="block text-xs font-medium text-slate-500">{template.industry}</span>
              <span id={`${name}-${template.id}-description`} className="block text-xs text-slate-600">
                {template.description}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
