const monthFormat = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/** "2021" or "2021-04" as people read it: "2021", "Apr 2021". */
function readable(date: string): string {
  return date.length === 4 ? date : monthFormat.format(new Date(`${date}-01T00:00:00Z`));
}

/** "Apr 2021 – Present", "2019 – 2020", or "" when the project has no dates. */
export function projectPeriod(startDate: string | null, endDate: string | null): string {
  if (!startDate && !endDate) return "";
  if (!startDate) return `Until ${readable(endDate as string)}`;
  return `${readable(startDate)} – ${endDate ? readable(endDate) : "Present"}`;
}
