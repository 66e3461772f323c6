"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ChartIcon, SparklesIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";

const tabs = [
  { href: "/career-coach", label: "Coach", Icon: SparklesIcon },
  { href: "/career-coach/explorer", label: "Explorer", Icon: ChartIcon },
];

/** Switches between the chat and the hands-on career explorer; both are pages, so each has its own URL. */
export function CoachTabs() {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Career coach views"
      className="inline-flex rounded-lg border border-slate-200 bg-slate-100/70 p-0.5"
    >
      {tabs.map(({ href, label, Icon }) => {
        const active = pathname === href;
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cx(
              "inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium transition-colors",
              active
                ? "bg-white text-slate-900 shadow-sm ring-1 ring-slate-200"
                : "text-slate-600 hover:text-slate-900",
            )}
          >
            <Icon className="size-4" />
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
