import { ArrowDownIcon, ArrowUpIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";
import type { ChangeTone, MetricChange } from "../metric-format";

const tones: Record<ChangeTone, string> = {
  good: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  bad: "bg-rose-50 text-rose-700 ring-rose-200",
  neutral: "bg-slate-100 text-slate-600 ring-slate-200",
};

const badgeClasses =
  "inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset tabular-nums";

/** The change against the previous period: an arrow and the amount, green when it moved the good way. */
export function ChangeBadge({ change }: { change: MetricChange | null }) {
  if (!change) {
    return (
      <span className={cx(badgeClasses, tones.neutral)} title="Nothing measured in the previous period to compare with">
        No prior data
      </span>
    );
  }
  const Arrow = change.direction === "up" ? ArrowUpIcon : change.direction === "down" ? ArrowDownIcon : undefined;
  return (
    <span className={cx(badgeClasses, tones[change.tone])} title={change.description}>
      {Arrow && <Arrow className="size-3" />}
      <span aria-hidden="true">{change.direction === "flat" ? "No change" : change.text}</span>
      <span className="sr-only">{change.description}</span>
    </span>
  );
}
