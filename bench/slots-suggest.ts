/**
 * Slot engine speed on generated calendars (seeded, so every run sees the same data). Wall-clock percentiles and
 * process CPU time per run (less inflated by other load on the machine):
 *   (a) a 5-interviewer panel (London, Berlin, Lisbon) and a candidate over 14 days with 1,000 busy events
 *       in total, 60-min interviews on a 15-min step: p50/p95 over 200 runs. Target: p95 under 20 ms.
 *   (b) any 2 of a 50-interviewer pool in five zones over 30 days with 20,000 busy events. Target: under 300 ms;
 *       then the same as the events double from 1,250 to 40,000.
 *   (c) a 3-session loop (45 min, 15-min breaks), each session 2 of 10, with an optional trainee, over 14 days
 *       with 1,000 busy events.
 *
 *   node --import tsx bench/slots-suggest.ts
 */
import { at, candidate, interviewer, seededRandom } from "../apps/api/src/engines/slots/slot-fixtures";
import type { BusyInterval, Participant, SessionRequest, SuggestInput } from "../apps/api/src/engines/slots/slot-types";
import { suggestSlots } from "../apps/api/src/engines/slots/suggest-slots";
import { cpuTimePerRun } from "./support/cpu-time";
import { timeRuns } from "./support/percentiles";

const panelTargetP95Ms = 20;
const poolTargetMs = 300;
const windowStart = at("2026-03-02T00:00", "UTC");
const zones = ["Europe/London", "Europe/Berlin", "Europe/Lisbon", "Asia/Kolkata", "America/New_York"];

/**
 * Busy events of 15–45 min on a quarter-hour grid spread over the whole window (calendars of people in several
 * zones, early and late calls); one in 20 is a Hirefolio interview, which counts towards limits.
 */
function busyEvents(ids: string[], total: number, days: number, seed: number): BusyInterval[] {
  const random = seededRandom(seed);
  return Array.from({ length: total }, (_, i) => {
    const start = windowStart + Math.floor(random() * days * 96) * 15 * 60_000;
    return {
      participantId: ids[i % ids.length]!,
      start,
      end: start + (1 + Math.floor(random() * 3)) * 15 * 60_000,
      source: random() < 0.05 ? "interview" : "calendar",
    };
  });
}

function input(
  participants: Participant[],
  busy: BusyInterval[],
  days: number,
  sessions: SessionRequest[],
): SuggestInput {
  return {
    participants,
    busy,
    now: windowStart,
    request: {
      windowStart,
      windowEnd: windowStart + days * 86_400_000,
      sessions,
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 240,
      stepMinutes: 15,
      candidateTimeZone: "Europe/Paris",
      maxResults: 10,
    },
  };
}

const limits = { maxPerDay: 3, maxMinutesPerWeek: 600 };
const panel = ["ana", "ben", "cho", "dev", "eli"].map((id, i) => interviewer(id, zones[i % 3]!, { limits }));
const panelInput = input(
  [...panel, candidate("Europe/Paris")],
  busyEvents(
    panel.map((p) => p.id),
    1_000,
    14,
    1,
  ),
  14,
  [{ durationMinutes: 60, panel: { kind: "all", interviewerIds: panel.map((p) => p.id) } }],
);
const panelResult = suggestSlots(panelInput);
const panelFigures = await timeRuns(() => suggestSlots(panelInput), { runs: 200, warmUp: 20, digits: 2 });

const pool = Array.from({ length: 50 }, (_, i) => interviewer(`p${i}`, zones[i % zones.length]!, { limits }));
const poolInput = (events: number) =>
  input(
    [...pool, candidate("Europe/Paris")],
    busyEvents(
      pool.map((p) => p.id),
      events,
      30,
      events,
    ),
    30,
    [{ durationMinutes: 60, panel: { kind: "pool", interviewerIds: pool.map((p) => p.id), count: 2 } }],
  );
function timeRunsSync(run: () => unknown) {
  for (let i = 0; i < 3; i++) run();
  const timings = Array.from({ length: 10 }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return { p50Ms: Number(timings[4]!.toFixed(1)), p95Ms: Number(timings[9]!.toFixed(1)) };
}

const growth = [1_250, 2_500, 5_000, 10_000, 20_000, 40_000].map((events) => {
  const data = poolInput(events);
  return {
    "busy events": events,
    ...timeRunsSync(() => suggestSlots(data)),
    "cpu ms per run": cpuTimePerRun(() => suggestSlots(data), 5),
    slots: suggestSlots(data).slots.length,
  };
});
const poolMs = growth.find((g) => g["busy events"] === 20_000)!.p95Ms;

const loopPool = pool.slice(0, 10).map((p) => p.id);
const twoOfTen: SessionRequest["panel"] = { kind: "pool", interviewerIds: loopPool, count: 2 };
const loopInput = input(
  [
    ...pool.slice(0, 10),
    interviewer("trainee", "Europe/London", { attendance: "optional" }),
    candidate("Europe/Paris"),
  ],
  busyEvents([...loopPool, "trainee"], 1_000, 14, 7),
  14,
  [
    { durationMinutes: 45, panel: twoOfTen },
    { durationMinutes: 45, panel: twoOfTen, breakBefore: { minMinutes: 15 } },
    { durationMinutes: 45, panel: twoOfTen, breakBefore: { minMinutes: 15 } },
  ],
);
const loopResult = suggestSlots(loopInput);
const loopFigures = await timeRuns(() => suggestSlots(loopInput), { runs: 50, warmUp: 5, digits: 2 });

console.log("\n(a) 5-interviewer panel, 14 days, 1,000 busy events");
console.table([
  {
    ...panelFigures,
    "cpu ms per run": cpuTimePerRun(() => suggestSlots(panelInput), 50),
    slots: panelResult.slots.length,
    "best score": panelResult.slots[0]?.score,
  },
]);
console.log("(b) 2 of a 50-interviewer pool, 30 days: time as busy events double");
console.table(growth);
console.log("(c) 3-session loop, each 2 of 10, optional trainee, 14 days, 1,000 busy events");
console.table([
  {
    ...loopFigures,
    "cpu ms per run": cpuTimePerRun(() => suggestSlots(loopInput), 20),
    slots: loopResult.slots.length,
  },
]);

const panelOk = panelFigures.p95Ms < panelTargetP95Ms;
const poolOk = poolMs < poolTargetMs;
console.log(`(a) p95 ${panelFigures.p95Ms} ms (target under ${panelTargetP95Ms} ms): ${panelOk ? "ok" : "MISSED"}`);
console.log(`(b) 20,000 events p95 ${poolMs} ms (target under ${poolTargetMs} ms): ${poolOk ? "ok" : "MISSED"}`);
if (!panelOk || !poolOk) process.exitCode = 1;
