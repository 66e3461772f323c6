import Link from "next/link";
import type { ReactNode } from "react";
import { ArrowRightIcon } from "@/components/icons";

interface FeatureCardProps {
  href: string;
  title: string;
  description: string;
  icon: ReactNode;
  /** Small label above the title, e.g. "Coming soon". */
  eyebrow?: string;
}

/** A whole-card link to a feature, used on the landing page and the candidate dashboard. */
export function FeatureCard({ href, title, description, icon, eyebrow }: FeatureCardProps) {
  return (
    <Link
      href={href}
      className="group relative flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-card transition hover:-translate-y-0.5 hover:border-brand-200 hover:shadow-raised"
    >
      <div className="mb-4 flex items-center justify-between">
        <span className="grid size-10 place-items-center rounded-lg bg-linear-to-br from-brand-500 to-accent-600 text-white shadow-sm">
          {icon}
        </span>
        {eyebrow && <span className="text-xs font-medium text-slate-500">{eyebrow}</span>}
      </div>
      <h3 className="font-semibold text-slate-900">{title}</h3>
      <p className="mt-1.5 flex-1 text-sm text-pretty text-slate-600">{description}</p>
      <span className="mt-4 inline-flex items-center gap-1 text-sm font-medium text-brand-700">
        Open
        <ArrowRightIcon className="size-4 transition-transform group-hover:translate-x-0.5" />
      </span>
    </Link>
  );
}
