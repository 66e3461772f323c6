import { cx } from "@/lib/class-names";

/** The Hirefolio mark: two offset folio pages with a rising check, on the brand gradient. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={cx("size-8", className)}>
      <defs>
        <linearGradient id="hirefolio-mark" x1="0" y1="0" x2="32" y2="32" gradientUnits="userSpaceOnUse">
          <stop offset="0" stopColor="oklch(58.5% 0.233 277.117)" />
          <stop offset="1" stopColor="oklch(54.1% 0.281 293.009)" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="8" fill="url(#hirefolio-mark)" />
      <rect x="11" y="7" width="13" height="17" rx="2.5" fill="white" fillOpacity="0.35" />
      <rect x="8" y="9.5" width="13" height="16" rx="2.5" fill="white" />
      <path
        d="m11.5 18 2.5 2.5 4.5-5"
        fill="none"
        stroke="oklch(51.1% 0.262 276.966)"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function Logo({ className }: { className?: string }) {
  return (
    <span className={cx("inline-flex items-center gap-2.5", className)}>
      <LogoMark />
      <span className="text-lg font-semibold tracking-tight text-slate-900">Hirefolio</span>
    </span>
  );
}
