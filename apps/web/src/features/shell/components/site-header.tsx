"use client";

import { AnimatePresence, motion } from "motion/react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { MenuIcon, XIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";
import { Skeleton } from "@/components/ui/skeleton";
import { useMe } from "@/features/auth/hooks/use-me";
import { dashboardPathFor } from "@/features/auth/redirects";
import { cx } from "@/lib/class-names";
import { activeHref, navLinksFor } from "../nav-links";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  const { data: me, isPending } = useMe();
  const pathname = usePathname();
  const [mobileOpen, setMobileOpen] = useState(false);
  const links = navLinksFor(me?.role);
  const current = activeHref(links, pathname ?? "");

  // Close the mobile menu after navigating.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path change only
  useEffect(() => setMobileOpen(false), [pathname]);

  return (
    <header className="sticky top-0 z-30 border-b border-slate-200/80 bg-white/85 backdrop-blur supports-[backdrop-filter]:bg-white/70">
      <div className="mx-auto flex h-16 max-w-7xl items-center gap-6 px-4 sm:px-6 lg:px-8">
        <Link href={me ? dashboardPathFor(me.role) : "/"} className="rounded-lg" aria-label="Hirefolio home">
          <Logo />
        </Link>

        <nav aria-label="Main" className="hidden flex-1 md:block">
          {isPending ? (
            <div className="flex gap-4">
              <Skeleton className="h-4 w-16" />
              <Skeleton className="h-4 w-16" />
              <Skeleton className="h-4 w-16" />
            </div>
          ) : (
            <ul className="flex items-center gap-1">
              {links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    aria-current={link.href === current ? "page" : undefined}
                    className={cx(
                      "rounded-md px-3 py-2 text-sm font-medium transition-colors",
                      link.href === current
                        ? "bg-slate-100 text-slate-900"
                        : "text-slate-600 hover:bg-slate-50 hover:text-slate-900",
                    )}
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </nav>

        <div className="ml-auto flex items-center gap-2 md:ml-0">
          {me ? (
            <UserMenu me={me} />
          ) : (
            !isPending && (
              <div className="hidden items-center gap-2 sm:flex">
                <ButtonLink href="/sign-in" variant="ghost">
                  Sign in
                </ButtonLink>
                <ButtonLink href="/sign-up">Get started</ButtonLink>
              </div>
            )
          )}
          <button
            type="button"
            className="grid size-10 place-items-center rounded-lg text-slate-700 hover:bg-slate-100 md:hidden"
            aria-expanded={mobileOpen}
            aria-controls="mobile-nav"
            onClick={() => setMobileOpen((open) => !open)}
          >
            {mobileOpen ? <XIcon className="size-5" /> : <MenuIcon className="size-5" />}
            <span className="sr-only">{mobileOpen ? "Close menu" : "Open menu"}</span>
          </button>
        </div>
      </div>

      <AnimatePresence initial={false}>
        {mobileOpen && (
          <motion.nav
            id="mobile-nav"
            aria-label="Main"
            initial={{ height: 0, opacity: 0 }}
            animate={{ height: "auto", opacity: 1 }}
            exit={{ height: 0, opacity: 0 }}
            transition={{ duration: 0.2, ease: "easeOut" }}
            className="overflow-hidden border-t border-slate-200 md:hidden"
          >
            <ul className="space-y-1 px-4 py-3">
              {links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    aria-current={link.href === current ? "page" : undefined}
                    className={cx(
                      "block rounded-lg px-3 py-2.5 text-base font-medium",
                      link.href === current ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-50",
                    )}
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
            {!me && (
              <div className="grid grid-cols-2 gap-2 border-t border-slate-200 px-4 py-3">
                <ButtonLink href="/sign-in" variant="secondary">
                  Sign in
                </ButtonLink>
                <ButtonLink href="/sign-up">Get started</ButtonLink>
              </div>
            )}
          </motion.nav>
        )}
      </AnimatePresence>
    </header>
  );
}
