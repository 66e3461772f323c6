import { cx } from "@/lib/class-names";

interface ChartHoverCardProps {
  /** Where the bucket is, 0–1 across the chart. */
  left: number;
  title: string;
  value: string;
  previous?: { value: string; date: string };
}

/** Centred over the bucket, but kept inside the chart near either edge. */
function alignment(left: number): string {
  if (left < 0.25) return "translate-x-0";
  if (left > 0.75) return "-translate-x-full";
  return "-translate-x-1/2";
}

/**
 * The values at the crosshair, floating above the chart. Hidden from screen readers, which hear the same text
 * as the chart's value text.
 */
export function ChartHoverCard({ left, title, value, previous }: ChartHoverCardProps) {
  return (
    <div
      aria-hidden="true"
      className={cx(
        "pointer-events-none absolute -top-2 z-10 w-max -translate-y-full rounded-lg bg-white px-3 py-2 text-xs shadow-raised ring-1 ring-slate-200",
        alignment(left),
      )}
      style={{ left: `${left * 100}%` }}
    >
      <p className="font-medium text-slate-900">{title}</p>
      <p className="mt-1 flex items-center gap-2 text-slate-700">
        <span className="h-0.5 w-3 rounded bg-brand-600" />
        <span className="tabular-nums">{value}</span>
      </p>
      {previous && (
        <p className="mt-0.5 flex items-center gap-2 text-slate-500">
          <span className="w-3 border-t-2 border-dashed border-slate-300" />
          <span className="tabular-nums">{previous.value}</span>
          <span>({previous.date})</span>
        </p>
      )}
    </div>
  );
}
