import type { ReactNode } from "react";
import { fieldId } from "../resume-paths";

interface EditorSectionProps {
  /** The section's resume path; its id lets ATS findings about the whole section scroll here. */
  path: string;
  title: string;
  description?: string;
  children: ReactNode;
}

export function EditorSection({ path, title, description, children }: EditorSectionProps) {
  const headingId = `${fieldId(path)}-heading`;
  return (
    <section
      id={fieldId(path)}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="scroll-mt-36 rounded-xl border border-slate-200 bg-white shadow-card focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
    >
      <header className="border-b border-slate-100 px-5 py-4">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
      </header>
      <div className="space-y-4 p-5">{children}</div>
    </section>
  );
}
