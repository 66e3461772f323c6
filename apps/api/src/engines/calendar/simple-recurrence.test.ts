import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../slots/slot-fixtures";
import { expandSimpleRule, parseSimpleRule } from "./simple-recurrence";

/** The first `n` wall-clock starts ical.js gives for a rule from a floating DTSTART. */
function icalStarts(rule: string, start: number, n: number): number[] {
  const d = new Date(start);
  const iterator = ICAL.Recur.fromString(rule).iterator(
    ICAL.Time.fromData({
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
    }),
  );
  const out: number[] = [];
  for (let next = iterator.next(); next && out.length < n; next = iterator.next()) {
    out.push(Date.UTC(next.year, next.month - 1, next.day, next.hour, next.minute));
  }
  return out;
}

function ownStarts(rule: string, start: number, n: number): number[] {
  const out: number[] = [];
  for (const local of expandSimpleRule(parseSimpleRule(rule)!, start, start)) {
    if (out.length === n) break;
    out.push(local);
  }
  return out;
}

describe("simple DAILY/WEEKLY rules agree with ical.js", () => {
  it("keeps a DTSTART that is off the rule as the first occurrence (RFC 5545 §3.8.5.3)", () => {
    const tuesday = Date.UTC(2026, 0, 20, 9);
    expect(ownStarts("FREQ=WEEKLY;BYDAY=SA;COUNT=2", tuesday, 5)).toEqual([tuesday, Date.UTC(2026, 0, 24, 9)]);
  });

  it("on 300 generated rules", () => {
    const random = seededRandom(7);
    const days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    for (let i = 0; i < 300; i++) {
      const weekly = random() < 0.7;
      const parts = [`FREQ=${weekly ? "WEEKLY" : "DAILY"}`];
      if (random() < 0.5) parts.push(`INTERVAL=${1 + Math.floor(random() * 3)}`);
      if (random() < 0.6) parts.push(`BYDAY=${days.filter(() => random() < 0.35).join(",") || "WE"}`);
      if (random() < 0.3) parts.push(`WKST=${days[Math.floor(random() * 7)]}`);
      if (random() < 0.4) parts.push(`COUNT=${1 + Math.floor(random() * 20)}`);
      const rule = parts.join(";");
      // RFC 5545 leaves a DTSTART off the rule undefined (ical.js skips it, we keep it), so starts match the rule.
      const byDay = /BYDAY=([A-Z,]+)/.exec(rule)?.[1]?.split(",");
      let start = Date.UTC(2026, 0, 1 + Math.floor(random() * 60), 8 + Math.floor(random() * 10), 30);
      while (byDay && !byDay.includes(days[(new Date(start).getUTCDay() + 6) % 7]!)) start += 86_400_000;
      expect(ownStarts(rule, start, 40), `${rule} from ${new Date(start).toISOString()}`).toEqual(
        icalStarts(rule, start, 40),
      );
    }
  });

  it("skips periods before the window without moving any occurrence", () => {
    const rule = parseSimpleRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH")!;
    const start = Date.UTC(2020, 0, 7, 9);
    const skipTo = Date.UTC(2026, 2, 1);
    const all = [...takeWhile(expandSimpleRule(rule, start, start), Date.UTC(2026, 4, 1))].filter((t) => t >= skipTo);
    const skipped = [...takeWhile(expandSimpleRule(rule, start, skipTo), Date.UTC(2026, 4, 1))].filter(
      (t) => t >= skipTo,
    );
    expect(skipped).toEqual(all);
    expect(all.length).toBeGreaterThan(6);
  });

  it("leaves richer or malformed rules to ical.js", () => {
    for (const rule of [
      "FREQ=MONTHLY",
      "FREQ=WEEKLY;BYDAY=1MO",
      "FREQ=DAILY;BYHOUR=9",
      "FREQ=DAILY;INTERVAL=0",
      "FREQ=WEEKLY;BYDAY=XX",
    ]) {
      expect(parseSimpleRule(rule)).toBeUndefined();
    }
  });
});

function* takeWhile(walk: Generator<number>, before: number) {
  for (const t of walk) {
    if (t >= before) return;
    yield t;
  }
}
