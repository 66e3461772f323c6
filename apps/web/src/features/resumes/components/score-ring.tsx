import { cx } from "@/lib/class-names";

function toneFor(score: number) {
  if (score >= 75) return { stroke: "stroke-emerald-500", text: "text-emerald-700", label: "Strong match" };
  if (score >= 50) return { stroke: "stroke-amber-500", text: "text-amber-700", label: "Fair match" };
  return { stroke: "stroke-rose-500", text: "text-rose-700", label: "Weak match" };
}

interface ScoreRingProps {
  score: number;
  /** The score of the analysis before this one, for the change since. */
  previous?: number;
}

/** The overall ATS score as a ring, with the change since the previous analysis. */
export function ScoreRing({ score, previous }: ScoreRingProps) {
  const radius = 42;
  const circumference = 2 * Math.PI * radius;
  const tone = toneFor(score);
  const delta = previous === undefined ? undefined : score - previous;
  return (
    <div className="flex items-center gap-4">
      <div className="relative size-28 shrink-0">
        <svg viewBox="0 0 100 100" className="size-full -rotate-90" aria-hidden="true">
          <circle cx="50" cy="50" r={radius} fill="none" strokeWidth="10" className="stroke-slate-100" />
          <circle
            cx="50"
            cy="50"
            r={radius}
            fill="none"
            strokeWidth="10"
            strokeLinecap="round"
            strokeDasharray={circumference}
            strokeDashoffset={circumference * (1 - score / 100)}
            className={cx(tone.stroke, "transition-[stroke-dashoffset] duration-700 ease-out")}
          />
        </svg>
        <div className="absolute inset-0 grid place-items-center">
          <p className="text-center">
            <span data-testid="ats-score" className="block text-3xl font-semibold tracking-tight text-slate-900">
              {score}
            </span>
            <span className="block text-xs text-slate-500">of 100</span>
          </p>
        </div>
      </div>
      <div className="space-y-1">
        <p className={cx("text-base font-semibold", tone.text)}>{tone.label}</p>
        {delta !== undefined && (
          <p
            className={cx(
              "text-sm font-medium",
              delta > 0 ? "text-emerald-700" : delta < 0 ? "text-rose-700" : "text-slate-600",
            )}
          >
            {delta > 0 ? `▲ +${delta}` : delta < 0 ? `▼ ${delta}` : "No change"}
            <span className="font-normal text-slate-500"> since the last check</span>
          </p>
        )}
      </div>
    </div>
  );
}
