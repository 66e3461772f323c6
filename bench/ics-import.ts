/**
 * Calendar import speed: a generated (seeded) 5,000-event iCalendar file like a busy work calendar exported after
 * a few years — one-off meetings in three zones, all-day days off, weekly and daily series with EXDATEs and
 * moved (RECURRENCE-ID) instances, a VTIMEZONE with a Windows zone name — read into busy intervals over a 90-day
 * window, recurrences expanded. Wall-clock p50/p95 over 20 runs, and the process CPU time per run (which other
 * load on the machine inflates far less than wall-clock time). Target: under 1 s.
 *
 *   node --import tsx bench/ics-import.ts
 */
import { outlookWestEuropeVtimezone, outlookWestEuropeZone } from "../apps/api/src/engines/calendar/calendar-fixtures";
import { readBusyIntervals } from "../apps/api/src/engines/calendar/ics-import";
import { seededRandom } from "../apps/api/src/engines/slots/slot-fixtures";
import { cpuTimePerRun } from "./support/cpu-time";
import { timeRuns } from "./support/percentiles";

const targetMs = 1_000;
const eventCount = 5_000;
const random = seededRandom(42);
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
const stamp = (at: number) => new Date(at).toISOString().replace(/[-:]/g, "").slice(0, 15);
const day = 86_400_000;
const historyStart = Date.UTC(2023, 0, 2);
const windowStart = Date.UTC(2026, 2, 1);

function generate(): { text: string; series: number; overrides: number } {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hirefolio bench//EN", ...outlookWestEuropeVtimezone];
  let series = 0;
  let overrides = 0;
  for (let i = 0; i < eventCount; i++) {
    const zone = pick(["America/New_York", "Europe/Berlin", outlookWestEuropeZone]);
    const start = historyStart + Math.floor(random() * 1_250) * day + (8 + Math.floor(random() * 10)) * 3_600_000;
    const when = (at: number) => `;TZID=${zone.includes(" ") ? `"${zone}"` : zone}:${stamp(at)}`;
    const common = [
      `UID:event-${i}@bench`,
      `DTSTAMP:${stamp(historyStart)}Z`,
      `SUMMARY:Meeting ${i}\\, room ${i % 40}`,
    ];
    const kind = random();
    if (kind < 0.05) {
      const date = stamp(start).slice(0, 8);
      lines.push("BEGIN:VEVENT", ...common, `DTSTART;VALUE=DATE:${date}`, "TRANSP:OPAQUE", "END:VEVENT");
    } else if (kind < 0.2 && i + 1 < eventCount) {
      // A weekly series with two EXDATEs and one instance moved by an hour (a second VEVENT with the same UID).
      series++;
      const seriesStart = historyStart + Math.floor(random() * 400) * day + 9 * 3_600_000;
      const weekday = ["MO", "TU", "WE", "TH", "FR"][Math.floor(random() * 5)];
      const moved = seriesStart + (150 + Math.floor(random() * 10)) * 7 * day;
      lines.push(
        "BEGIN:VEVENT",
        ...common,
        `DTSTART${when(seriesStart)}`,
        `DTEND${when(seriesStart + 1_800_000)}`,
        `RRULE:FREQ=WEEKLY;BYDAY=${weekday}`,
        `EXDATE${when(seriesStart + 160 * 7 * day)}`,
        `EXDATE${when(seriesStart + 162 * 7 * day)}`,
        "END:VEVENT",
        "BEGIN:VEVENT",
        ...common,
        `RECURRENCE-ID${when(moved)}`,
        `DTSTART${when(moved + 3_600_000)}`,
        `DTEND${when(moved + 5_400_000)}`,
        "END:VEVENT",
      );
      overrides++;
      i++;
    } else if (kind < 0.25) {
      series++;
      lines.push(
        "BEGIN:VEVENT",
        ...common,
        `DTSTART${when(start)}`,
        "DURATION:PT15M",
        "RRULE:FREQ=DAILY;COUNT=30",
        "END:VEVENT",
      );
    } else {
      const transparent = random() < 0.05 ? ["TRANSP:TRANSPARENT"] : [];
      lines.push(
        "BEGIN:VEVENT",
        ...common,
        `DTSTART${when(start)}`,
        `DTEND${when(start + 3_600_000)}`,
        ...transparent,
        "END:VEVENT",
      );
    }
  }
  lines.push("END:VCALENDAR");
  return { text: `${lines.join("\r\n")}\r\n`, series, overrides };
}

const { text, series, overrides } = generate();
const options = { from: windowStart, to: windowStart + 90 * day, timeZone: "Europe/London" };
const result = readBusyIntervals(text, options);
const figures = await timeRuns(() => readBusyIntervals(text, options), { runs: 20, warmUp: 3, digits: 1 });
const cpuMs = cpuTimePerRun(() => readBusyIntervals(text, options), 10);
const vevents = text.split("BEGIN:VEVENT").length - 1;

console.log(`\nICS import: ${vevents} VEVENTs (${series} series, ${overrides} moved instances), 90-day window`);
console.table([
  {
    "file (KB)": Math.round(Buffer.byteLength(text) / 1024),
    "busy intervals": result.busy.length,
    warnings: result.warnings.length,
    ...figures,
    "cpu ms per run": cpuMs,
  },
]);
console.log(`p95 ${figures.p95Ms} ms (target under ${targetMs} ms): ${figures.p95Ms < targetMs ? "ok" : "MISSED"}`);
if (figures.p95Ms >= targetMs) process.exitCode = 1;
