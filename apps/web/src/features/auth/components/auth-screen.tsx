import type { ReactNode } from "react";
import { FadeIn } from "@/components/ui/fade-in";

/** Heading, body and footer of one authentication step, sized for the auth layout's form column. */
export function AuthScreen({
  title,
  description,
  children,
  footer,
}: {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <FadeIn className="w-full">
      <div className="mb-8 space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {description && <p className="text-pretty text-slate-600">{description}</p>}
      </div>
      {children}
      {footer && <div className="mt-8 text-sm text-slate-600">{footer}</div>}
    </FadeIn>
  );
}
