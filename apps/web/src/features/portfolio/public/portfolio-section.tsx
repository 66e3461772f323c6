import type { ReactNode } from "react";

/** One titled section of the page; the id gives the heading an anchor and the landmark its name. */
export function PortfolioSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-16 first:mt-0">
      <h2 id={`${id}-title`} className="pf-heading mb-6 text-2xl text-(--pf-text) sm:text-[1.75rem]">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A surface card in the theme's colours. */
export function PortfolioCard({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <div
      className={`rounded-(--pf-radius) border border-(--pf-border) bg-(--pf-surface) shadow-(--pf-shadow) ${className}`}
    >
      {children}
    </div>
  );
}

export function Tag({ children }: { children: ReactNode }) {
  return (
    <li className="pf-label rounded-full bg-(--pf-accent-soft) px-2.5 py-0.5 text-xs font-medium text-(--pf-text)">
      {children}
    </li>
  );
}
