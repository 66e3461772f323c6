"use client";

import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";
import { AlertCircleIcon, ChevronDownIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";

export const controlClasses = cx(
  "block w-full rounded-lg border bg-white px-3 text-sm text-slate-900 shadow-sm transition-colors",
  "placeholder:text-slate-400 focus:outline-none focus-visible:outline-none focus:ring-4",
  "disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500",
);

function stateClasses(invalid: boolean) {
  return invalid
    ? "border-rose-400 focus:border-rose-600 focus:ring-rose-500/25"
    : "border-slate-300 hover:border-slate-400 focus:border-brand-600 focus:ring-brand-500/25";
}

interface FieldProps {
  label: ReactNode;
  /** Shown under the control until there is an error. */
  hint?: ReactNode;
  error?: string;
  /** Extra content on the label row, e.g. a "Forgot password?" link. */
  labelAside?: ReactNode;
  optional?: boolean;
  className?: string;
  /** The control's id, when something else must find it; a generated one otherwise. */
  id?: string;
}

interface ControlAria {
  id: string;
  "aria-invalid": boolean | undefined;
  "aria-describedby": string | undefined;
}

/** Label, hint and error around any control, wired together with ids for assistive technology. */
function FieldShell({
  label,
  hint,
  error,
  labelAside,
  optional,
  className,
  id: givenId,
  children,
}: FieldProps & { children: (aria: ControlAria) => ReactNode }) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const messageId = `${id}-message`;
  const message = error ?? hint;
  return (
    <div className={cx("space-y-1.5", className)}>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
          {optional && <span className="ml-1 font-normal text-slate-500">(optional)</span>}
        </label>
        {labelAside}
      </div>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": message ? messageId : undefined })}
      {message && (
        <p id={messageId} className={cx("flex gap-1.5 text-sm", error ? "text-rose-700" : "text-slate-600")}>
          {error && <AlertCircleIcon className="mt-0.5 size-4 shrink-0" />}
          {message}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className">;

export function TextField({ label, hint, error, labelAside, optional, className, id, ...input }: TextFieldProps) {
  return (
    <FieldShell {...{ label, hint, error, labelAside, optional, className, id }}>
      {(aria) => <input {...aria} {...input} className={cx(controlClasses, stateClasses(!!error), "h-10")} />}
    </FieldShell>
  );
}

type TextAreaFieldProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className">;

export function TextAreaField({
  label,
  hint,
  error,
  labelAside,
  optional,
  className,
  id,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldShell {...{ label, hint, error, labelAside, optional, className, id }}>
      {(aria) => (
        <textarea {...aria} {...textarea} className={cx(controlClasses, stateClasses(!!error), "min-h-24 py-2")} />
      )}
    </FieldShell>
  );
}

type SelectFieldProps = FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className">;

export function SelectField({ label, hint, error, labelAside, optional, className, ...select }: SelectFieldProps) {
  return (
    <FieldShell {...{ label, hint, error, labelAside, optional, className }}>
      {(aria) => (
        <div className="relative">
          <select
            {...aria}
            {...select}
            className={cx(controlClasses, stateClasses(!!error), "h-10 appearance-none pr-9")}
          />
          <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-slate-500" />
        </div>
      )}
    </FieldShell>
  );
}
