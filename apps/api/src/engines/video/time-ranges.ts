import type { OpenRange } from "./analysis-log";
import type { TimeRange } from "./video-report";

export const lengthOf = (range: TimeRange) => range.end - range.start;
export const totalLength = (ranges: TimeRange[]) => ranges.reduce((sum, r) => sum + lengthOf(r), 0);

/** Ends open ranges at the clip's end and keeps every range inside [0, duration]. */
export function closeRanges(ranges: OpenRange[], durationSeconds: number): TimeRange[] {
  return ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(durationSeconds, r.end ?? durationSeconds) }))
    .filter((r) => r.end > r.start);
}

/** Joins ranges that overlap or sit closer than `gap` seconds (a detector that blinks off for one frame). */
export function mergeRanges(ranges: TimeRange[], gap = 0): TimeRange[] {
  const merged: TimeRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && range.start - last.end <= gap) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The parts of `ranges` not covered by `cut`. */
export function subtractRanges(ranges: TimeRange[], cut: TimeRange[]): TimeRange[] {
  return ranges.flatMap((range) => {
    let pieces = [range];
    for (const c of cut) {
      pieces = pieces.flatMap((p) =>
        c.end <= p.start || c.start >= p.end
          ? [p]
          : [
              { start: p.start, end: c.start },
              { start: c.end, end: p.end },
            ].filter((q) => q.end > q.start),
      );
    }
    return pieces;
  });
}

export const isInside = (time: number, ranges: TimeRange[]) => ranges.some((r) => time >= r.start && time < r.end);

/** 74.4 → "1:14", as a candidate reads a player's clock. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

export const formatRange = (range: TimeRange) => `${formatClock(range.start)}–${formatClock(range.end)}`;
