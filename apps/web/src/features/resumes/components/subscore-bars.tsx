import type { AtsSubscores } from "@hirefolio/shared";
import { cx } from "@/lib/class-names";

const labels: Record<keyof AtsSubscores, string> = {
  keywords: "Keywords",
  content: "Content",
  format: "Format",
  contact: "Contact",
};

function barColor(value: number) {
  return value >= 75 ? "bg-emerald-500" : value >= 50 ? "bg-amber-500" : "bg-rose-500";
}

export function SubscoreBars({ subscores }: { subscores: AtsSubscores }) {
  return (
    <ul aria-label="Subscores" className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      {(Object.keys(labels) as (keyof AtsSubscores)[]).map((key) => (
        <li key={key} className="space-y-1">
          <div className="flex justify-between text-sm">
            <span className="text-slate-600">{labels[key]}</span>
            <span className="font-medium text-slate-900 tabular-nums">{subscores[key]}</span>
          </div>
          <div
            role="progressbar"
            aria-label={`${labels[key]} subscore`}
            aria-valuenow={subscores[key]}
            aria-valuemin={0}
            aria-valuemax={100}
            className="h-2 overflow-hidden rounded-full bg-slate-100"
          >
            <div
              className={cx("h-full rounded-full transition-[width] duration-700", barColor(subscores[key]))}
              style={{ width: `${subscores[key]}%` }}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
