import { describe, expect, it } from "vitest";
import { dayMs, intersectIntervals, mergeIntervals, subtractIntervals } from "./intervals";
import { formatInZone, localWeekKey, offsetMinutes, toInstant, toLocal } from "./zone-time";

describe("zone math", () => {
  const wall = (text: string) => Date.parse(`${text}Z`);

  it("agrees with Intl on offsets every 6 hours through 2026 in zones with odd offsets and DST", () => {
    for (const zone of [
      "America/New_York",
      "Europe/London",
      "Asia/Kathmandu",
      "America/St_Johns",
      "Australia/Lord_Howe",
    ]) {
      const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
      for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += dayMs / 4) {
        const name = format.formatToParts(at).find((p) => p.type === "timeZoneName")!.value;
        const [, sign, h, m] = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name)!;
        const expected = sign ? (sign === "-" ? -1 : 1) * (Number(h) * 60 + Number(m)) : 0;
        expect(offsetMinutes(zone, at), `${zone} ${new Date(at).toISOString()}`).toBe(expected);
      }
    }
  });

  it("moves a skipped wall time forward and takes a repeated one at its first occurrence", () => {
    expect(new Date(toInstant("America/New_York", wall("2026-03-08T02:30:00"))).toISOString()).toBe(
      "2026-03-08T07:30:00.000Z",
    );
    expect(new Date(toInstant("America/New_York", wall("2026-11-01T01:30:00"))).toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    expect(new Date(toInstant("Europe/London", wall("2026-10-25T01:30:00"))).toISOString()).toBe(
      "2026-10-25T00:30:00.000Z",
    );
    const noon = toInstant("Asia/Kathmandu", wall("2026-03-10T12:00:00"));
    expect(toLocal("Asia/Kathmandu", noon)).toBe(wall("2026-03-10T12:00:00"));
  });

  it("formats with the zone's offset and counts ISO weeks", () => {
    const at = Date.UTC(2026, 2, 10, 2, 30);
    expect(formatInZone(at, "Asia/Kolkata")).toBe("2026-03-10T08:00:00+05:30");
    expect(formatInZone(at, "America/St_Johns")).toBe("2026-03-10T00:00:00-02:30");
    expect(formatInZone(at, "UTC")).toBe("2026-03-10T02:30:00Z");
    expect(localWeekKey(wall("2026-01-01T10:00:00"))).toBe("2026-W01");
    expect(localWeekKey(wall("2027-01-03T10:00:00"))).toBe("2026-W53");
    expect(localWeekKey(wall("2026-03-08T23:00:00"))).toBe("2026-W10");
    expect(localWeekKey(wall("2026-03-09T00:00:00"))).toBe("2026-W11");
  });
});

describe("interval lists", () => {
  const list = (...pairs: [number, number][]) => pairs.map(([start, end]) => ({ start, end }));

  it("merges, intersects and subtracts", () => {
    expect(mergeIntervals(list([5, 7], [1, 3], [3, 4], [6, 9], [10, 10]))).toEqual(list([1, 4], [5, 9]));
    expect(intersectIntervals(list([0, 5], [8, 12]), list([3, 9], [11, 20]))).toEqual(list([3, 5], [8, 9], [11, 12]));
    expect(subtractIntervals(list([0, 10], [20, 30]), list([2, 3], [5, 22], [29, 40]))).toEqual(
      list([0, 2], [3, 5], [22, 29]),
    );
  });
});
