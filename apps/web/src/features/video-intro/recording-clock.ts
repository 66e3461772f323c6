/** The longest introduction; the server rejects anything longer, so the recorder stops itself here. */
export const recordingLimitMs = 60_000;

/** Seconds of 3-2-1 before recording starts, so people can look at the camera first. */
export const countdownSeconds = 3;

/** "0:07", "1:00": minutes and seconds, rounded down like a stopwatch. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/** "12 seconds left" for screen readers; the visible ring carries the same information. */
export function remainingLabel(elapsedMs: number, limitMs = recordingLimitMs): string {
  const seconds = Math.max(0, Math.ceil((limitMs - elapsedMs) / 1000));
  return seconds === 1 ? "1 second left" : `${seconds} seconds left`;
}
