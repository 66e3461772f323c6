import type { ReactNode } from "react";

/** A full-page message for "not found" and unexpected errors: a code, a plain explanation and a way forward. */
export function StatusPage({
  code,
  title,
  description,
  actions,
}: {
  code: string;
  title: string;
  description: ReactNode;
  actions: ReactNode;
}) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center py-16 text-center sm:py-24">
      <p className="bg-linear-to-br from-brand-500 to-accent-600 bg-clip-text text-6xl font-semibold tracking-tight text-transparent">
        {code}
      </p>
      <h1 className="mt-4 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
      <div className="mt-3 text-pretty text-slate-600">{description}</div>
      <div className="mt-8 flex flex-wrap justify-center gap-3">{actions}</div>
    </div>
  );
}
