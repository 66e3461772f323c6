/**
 * The week shown on /scheduling, in the viewer's own zone. Local Date arithmetic (setDate) keeps midnight at
 * midnight across DST changes, where adding 24 hours of milliseconds would not.
 */

export function startOfWeek(day: Date): Date {
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  // Monday first: getDay() is 0 for Sunday.
  start.setDate(start.getDate() - ((start.getDay() + 6) % 7));
  return start;
}

export function addDays(day: Date, days: number): Date {
  const next = new Date(day);
  next.setDate(next.getDate() + days);
  return next;
}

export function weekDays(weekStart: Date): Date[] {
  return Array.from({ length: 7 }, (_, index) => addDays(weekStart, index));
}

export function isSameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** Minutes since the local midnight of `day`, which may exceed 1440 for an event running past midnight. */
export function minutesFrom(day: Date, instant: Date): number {
  return Math.round((instant.getTime() - day.getTime()) / 60_000);
}

const weekTitleFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric" });

/** "Mar 9 – 15, 2026". */
export function formatWeek(weekStart: Date): string {
  return weekTitleFormat.formatRange(weekStart, addDays(weekStart, 6));
}

/** YYYY-MM-DD of a local date, for <input type="date">. */
export function toDateInput(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
