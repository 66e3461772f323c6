"use client";

import type { ResumeTemplate } from "@hirefolio/shared";
import { Fragment, type ReactNode, useId } from "react";
import { CheckIcon, LockIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";
import { TemplateThumbnail } from "./template-thumbnail";

interface TemplatePickerProps {
  templates: readonly ResumeTemplate[];
  value: string;
  onChange: (templateId: string) => void;
  disabled?: boolean;
  /** Templates the plan does not include: still choosable, so choosing one brings up the upgrade prompt. */
  locked?: ReadonlySet<string>;
  /** Shown right under one template's card, e.g. why choosing it did not work. */
  notice?: { templateId: string; content: ReactNode };
}

/** One radio card per industry template; arrow keys move between them as in any radio group. */
export function TemplatePicker({ templates, value, onChange, disabled, locked, notice }: TemplatePickerProps) {
  const name = useId();
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="mb-2 text-sm font-semibold text-slate-900">Template</legend>
      {templates.map((template) => {
        const selected = template.id === value;
        const isLocked = locked?.has(template.id) ?? false;
        return (
          <Fragment key={template.id}>
            <label
              className={cx(
                "relative flex cursor-pointer gap-3 rounded-lg border p-3 transition-colors",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                selected
                  ? "border-brand-500 bg-brand-50/60 ring-1 ring-brand-500"
                  : "border-slate-200 hover:bg-slate-50",
                isLocked && "bg-slate-50/80",
              )}
            >
              <input
                type="radio"
                name={name}
                value={template.id}
                checked={selected}
                onChange={() => onChange(template.id)}
                aria-describedby={[isLocked && `${name}-${template.id}-locked`, `${name}-${template.id}-description`]
                  .filter(Boolean)
                  .join(" ")}
                className="absolute inset-0 size-full cursor-pointer appearance-none rounded-lg opacity-0"
              />
              <span className={cx("shrink-0", isLocked && "opacity-60 grayscale")}>
                <TemplateThumbnail template={template} />
              </span>
              <span className="min-w-0 flex-1 space-y-1">
                <span className="flex items-start justify-between gap-2">
                  <span className="text-sm font-semibold text-slate-900">{template.name}</span>
                  {selected && (
                    <span className="inline-flex items-center gap-1 text-xs font-medium text-brand-700">
                      <CheckIcon className="size-3.5" />
                      Selected
                    </span>
                  )}
                  {isLocked && (
                    <span
                      id={`${name}-${template.id}-locked`}
                      className="inline-flex shrink-0 items-center gap-1 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200 ring-inset"
                    >
                      <LockIcon className="size-3" />
                      Pro<span className="sr-only"> plan template</span>
                    </span>
                  )}
                </span>
                <span className="block text-xs font-medium text-slate-500">{template.industry}</span>
                <span id={`${name}-${template.id}-description`} className="block text-xs text-slate-600">
                  {template.description}
                </span>
              </span>
            </label>
            {notice?.templateId === template.id && notice.content}
          </Fragment>
        );
      })}
    </fieldset>
  );
}
