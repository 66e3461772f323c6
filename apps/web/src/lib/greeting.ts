/** "Good morning, Ada" by the viewer's local time; `now` is a parameter so callers control the clock. */
export function greeting(name: string, now: Date = new Date()): string {
  const hour = now.getHours();
  const part = hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening";
  const firstName = name.trim().split(/\s+/)[0] ?? name;
  return `Good ${part}, ${firstName}`;
}
