import type { ReactNode } from "react";
import { Logo } from "@/components/ui/logo";

/**
 * A bare frame for the root not-found and error pages: the logo home and a main landmark. Both pages are part of
 * every page's first load and sit outside the route groups' client providers, so this uses no session query, no
 * menus and no client-side links (plain anchors: after an error a full load is the safer way on).
 */
export function PlainShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200/80 bg-white">
        <div className="mx-auto flex h-16 max-w-7xl items-center px-4 sm:px-6 lg:px-8">
          <a href="/" className="rounded-lg" aria-label="Hirefolio home">
            <Logo />
          </a>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-10 lg:px-8">{children}</div>
      </main>
    </div>
  );
}
