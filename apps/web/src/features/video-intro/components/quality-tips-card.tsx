import type { VideoQualityTip } from "@hirefolio/shared";
import { AlertCircleIcon, CheckIcon, LightbulbIcon } from "@/components/icons";
import { Card } from "@/components/ui/card";
import { cx } from "@/lib/class-names";
import { formatClock } from "../recording-clock";

interface QualityTipsCardProps {
  tips: VideoQualityTip[];
  /** Jumps the player to a moment a tip points at, in seconds. */
  onSeek: (seconds: number) => void;
}

/** A short heading per check; the server's message says what to do. */
const tipTitles: Record<string, string> = {
  dark: "Lighting",
  overexposed: "Lighting",
  black: "Black picture",
  frozen: "Frozen picture",
  "no-audio": "No sound",
  silent: "No sound",
  "long-silence": "Long pause",
  quiet: "Quiet audio",
  clipping: "Distorted audio",
};

const tones = {
  error: { box: "border-rose-200 bg-rose-50/60", icon: "bg-rose-100 text-rose-700 ring-rose-200" },
  warning: { box: "border-amber-200 bg-amber-50/60", icon: "bg-amber-100 text-amber-700 ring-amber-200" },
  info: { box: "border-slate-200 bg-slate-50/60", icon: "bg-brand-50 text-brand-600 ring-brand-100" },
} as const;

/** The automatic light-and-sound checks as friendly advice; each moment a tip mentions is a link into the video. */
export function QualityTipsCard({ tips, onSeek }: QualityTipsCardProps) {
  if (tips.length === 0) {
    return (
      <Card title="Quality check">
        <div className="flex gap-3" data-testid="quality-looks-good">
          <span className="grid size-9 shrink-0 place-items-center rounded-full bg-emerald-50 text-emerald-600 ring-1 ring-emerald-100">
            <CheckIcon className="size-5" />
          </span>
          <div>
            <p className="font-medium text-slate-900">Looks good</p>
            <p className="text-sm text-slate-600">
              Light and sound are clear, and there are no frozen or black moments.
            </p>
          </div>
        </div>
      </Card>
    );
  }
  return (
    <Card title="Quality check" description="A few things that would make your next take even better.">
      <ul aria-label="Quality tips" className="space-y-3">
        {tips.map((tip) => {
          const tone = tones[tip.severity];
          return (
            <li key={`${tip.kind}-${tip.message}`} className={cx("flex gap-3 rounded-xl border p-3.5", tone.box)}>
              <span className={cx("grid size-8 shrink-0 place-items-center rounded-full ring-1", tone.icon)}>
                {tip.severity === "info" ? (
                  <LightbulbIcon className="size-4" />
                ) : (
                  <AlertCircleIcon className="size-4" />
                )}
              </span>
              <div className="min-w-0 space-y-1">
                <p className="text-sm font-medium text-slate-900">{tipTitles[tip.kind] ?? "Tip"}</p>
                <p className="text-sm text-pretty text-slate-600">{tip.message}</p>
                {tip.ranges.length > 0 && (
                  <div className="flex flex-wrap gap-1.5 pt-1">
                    {tip.ranges.map((range) => (
                      <button
                        key={range.start}
                        type="button"
                        onClick={() => onSeek(range.start)}
                        aria-label={`Play from ${formatClock(range.start * 1000)}`}
                        className="rounded-md bg-white px-2 py-0.5 text-xs font-medium text-slate-700 tabular-nums ring-1 ring-slate-200 hover:bg-slate-100"
                      >
                        {formatClock(range.start * 1000)}–{formatClock(range.end * 1000)}
                      </button>
                    ))}
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
