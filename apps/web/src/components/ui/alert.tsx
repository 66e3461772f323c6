import type { ReactNode } from "react";
import { AlertCircleIcon, CheckIcon, InboxIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";

type Tone = "danger" | "success" | "info" | "warning";

const tones: Record<Tone, { box: string; icon: ReactNode }> = {
  danger: {
    box: "border-rose-200 bg-rose-50 text-rose-800",
    icon: <AlertCircleIcon className="size-5 text-rose-600" />,
  },
  success: {
    box: "border-emerald-200 bg-emerald-50 text-emerald-800",
    icon: <CheckIcon className="size-5 text-emerald-600" />,
  },
  info: { box: "border-brand-200 bg-brand-50 text-brand-900", icon: <InboxIcon className="size-5 text-brand-600" /> },
  warning: {
    box: "border-amber-200 bg-amber-50 text-amber-900",
    icon: <AlertCircleIcon className="size-5 text-amber-600" />,
  },
};

interface AlertProps {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}

/** A boxed message. Danger alerts are announced immediately; others politely. */
export function Alert({ tone = "info", title, children, action, className }: AlertProps) {
  const { box, icon } = tones[tone];
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={cx("flex flex-col gap-3 rounded-xl border p-4 text-sm sm:flex-row sm:items-center", box, className)}
    >
      <div className="flex flex-1 gap-3">
        <span className="shrink-0">{icon}</span>
        <div className="space-y-0.5">
          {title && <p className="font-semibold">{title}</p>}
          {children && <div className={cx(!!title && "opacity-90")}>{children}</div>}
        </div>
      </div>
      {action && <div className="shrink-0 sm:ml-auto">{action}</div>}
    </div>
  );
}

/**
 * A form-level error. role="alert" makes screen readers announce it as soon as it appears, and it
 * takes no space while there is nothing to say.
 */
export function FormError({ message, className }: { message?: string | null; className?: string }) {
  if (!message) return null;
  return (
    <div
      role="alert"
      aria-live="assertive"
      className={cx("flex gap-2 rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800", className)}
    >
      <AlertCircleIcon className="mt-0.5 size-4 shrink-0 text-rose-600" />
      <p>{message}</p>
    </div>
  );
}
