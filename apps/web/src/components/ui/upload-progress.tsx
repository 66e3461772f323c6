/** How much of an upload has been sent; the bar is the progressbar, the percentage is for sighted readers. */
export function UploadProgress({ fraction, label = "Uploading…" }: { fraction: number; label?: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="space-y-1.5">
      <div className="flex justify-between text-xs font-medium text-slate-600">
        <span>{label}</span>
        <span className="tabular-nums">{percent}%</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-1.5 overflow-hidden rounded-full bg-slate-100"
      >
        <div
          className="h-full rounded-full bg-brand-500 motion-safe:transition-[width] motion-safe:duration-150"
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
