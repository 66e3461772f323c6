import type { PortfolioTheme } from "@hirefolio/shared";
import { cx } from "@/lib/class-names";

/** A thumbnail sketch of a theme's layout and colours; purely decorative, the name says which it is. */
export function ThemePreview({ theme }: { theme: PortfolioTheme }) {
  return (
    <div aria-hidden="true" className="aspect-[16/10] overflow-hidden rounded-md ring-1 ring-slate-200">
      {theme === "minimal" && (
        <div className="flex h-full flex-col items-center gap-1.5 bg-white px-4 pt-4">
          <span className="size-5 rounded-full bg-slate-200" />
          <span className="h-1.5 w-16 rounded-full bg-slate-800" />
          <span className="h-1 w-24 rounded-full bg-slate-200" />
          <span className="mt-2 h-1 w-full rounded-full bg-slate-100" />
          <span className="h-1 w-full rounded-full bg-slate-100" />
          <span className="h-1 w-2/3 rounded-full bg-slate-100" />
        </div>
      )}
      {theme === "developer" && (
        <div className="flex h-full flex-col gap-1.5 bg-slate-900 p-3 font-mono">
          <span className="h-1.5 w-14 rounded-full bg-emerald-400" />
          <span className="h-1 w-20 rounded-full bg-slate-600" />
          <div className="mt-1 space-y-1 rounded bg-slate-800 p-2">
            <span className="block h-1 w-10 rounded-full bg-sky-400" />
            <span className="ml-2 block h-1 w-16 rounded-full bg-amber-300" />
            <span className="ml-2 block h-1 w-12 rounded-full bg-fuchsia-400" />
            <span className="block h-1 w-6 rounded-full bg-sky-400" />
          </div>
        </div>
      )}
      {theme === "designer" && (
        <div className="grid h-full grid-cols-3 grid-rows-[auto_1fr] gap-1 bg-gradient-to-br from-fuchsia-500 via-violet-500 to-orange-400 p-2">
          <span className="col-span-3 h-2 w-1/2 rounded-full bg-white/90" />
          <span className="col-span-2 rounded bg-white/80" />
          <span className="rounded bg-white/50" />
        </div>
      )}
      {theme === "executive" && (
        <div className="flex h-full flex-col bg-stone-50">
          <div className="flex items-center gap-2 bg-[#1e2a4a] px-3 py-2.5">
            <span className="size-4 rounded-full bg-amber-300/90" />
            <span className="h-1.5 w-14 rounded-full bg-white/90" />
          </div>
          <div className="space-y-1.5 p-3">
            <span className={cx("block h-1 w-10 rounded-full bg-amber-500")} />
            <span className="block h-1 w-full rounded-full bg-stone-300" />
            <span className="block h-1 w-4/5 rounded-full bg-stone-300" />
          </div>
        </div>
      )}
    </div>
  );
}
