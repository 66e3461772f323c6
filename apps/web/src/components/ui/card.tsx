import type { ElementType, ReactNode } from "react";
import { cx } from "@/lib/class-names";

interface CardProps {
  title?: ReactNode;
  description?: ReactNode;
  /** Buttons or links on the header's right. */
  action?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** Padding of the body; lists that draw their own row padding pass "none". */
  padding?: "none" | "normal";
  as?: ElementType;
}

export function Card({ title, description, action, children, className, padding = "normal", as }: CardProps) {
  const Tag = as ?? "section";
  return (
    <Tag className={cx("rounded-xl border border-slate-200 bg-white shadow-card", className)}>
      {title && (
        <header className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 px-5 py-4">
          <div className="min-w-0 space-y-0.5">
            <h2 className="text-base font-semibold text-slate-900">{title}</h2>
            {description && <p className="text-sm text-slate-600">{description}</p>}
          </div>
          {action}
        </header>
      )}
      {children && <div className={cx(padding === "normal" && "p-5")}>{children}</div>}
    </Tag>
  );
}
