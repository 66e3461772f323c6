import { cx } from "@/lib/class-names";

interface RecordButtonProps {
  recording: boolean;
  /** 0–1 of the time limit used, drawn as a ring around the button. */
  progress: number;
  label: string;
  disabled?: boolean;
  onClick: () => void;
}

const radius = 34;
const circumference = 2 * Math.PI * radius;

/** The big round shutter: a red dot to start, a square to stop, with the 60-second limit as a ring around it. */
export function RecordButton({ recording, progress, label, disabled, onClick }: RecordButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={`${label} (Space)`}
      disabled={disabled}
      onClick={onClick}
      className="group relative grid size-20 shrink-0 place-items-center rounded-full focus-visible:outline-offset-4 disabled:opacity-50"
    >
      <svg viewBox="0 0 76 76" aria-hidden="true" className="absolute inset-0 size-full -rotate-90">
        <circle cx="38" cy="38" r={radius} fill="none" strokeWidth="4" className="stroke-slate-200" />
        <circle
          cx="38"
          cy="38"
          r={radius}
          fill="none"
          strokeWidth="4"
          strokeLinecap="round"
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - Math.min(1, Math.max(0, progress)))}
          className={cx(
            "motion-safe:transition-[stroke-dashoffset] motion-safe:duration-100",
            progress > 5 / 6 ? "stroke-amber-500" : "stroke-rose-500",
          )}
        />
      </svg>
      <span
        aria-hidden="true"
        className={cx(
          "bg-rose-600 shadow-sm transition-all duration-200 group-hover:bg-rose-700",
          recording ? "size-7 rounded-md" : "size-14 rounded-full",
        )}
      />
    </button>
  );
}
