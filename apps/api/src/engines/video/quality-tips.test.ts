import { describe, expect, it } from "vitest";
import { qualityTips } from "./quality-tips";
import type { QualityFinding } from "./video-report";

const finding = (kind: QualityFinding["kind"], change: Partial<QualityFinding> = {}): QualityFinding => ({
  kind,
  severity: "warning",
  ranges: [],
  value: null,
  ...change,
});
const message = (f: QualityFinding, duration = 30) => qualityTips([f], duration)[0]?.message;

describe("qualityTips", () => {
  it("says where black stretches are", () => {
    expect(message(finding("black", { ranges: [{ start: 0, end: 2 }] }))).toMatch(/^The first 2 s are black/);
    expect(message(finding("black", { ranges: [{ start: 27, end: 30 }] }))).toMatch(/^The last 3 s are black/);
    expect(message(finding("black", { ranges: [{ start: 14, end: 16 }] }))).toBe(
      "The picture is black for 2 s (0:14–0:16).",
    );
    expect(message(finding("black", { severity: "error", ranges: [{ start: 0, end: 30 }] }))).toMatch(
      /^We couldn't see you/,
    );
  });

  it("gives the silent stretch with a player's clock", () => {
    expect(message(finding("long-silence", { ranges: [{ start: 14.2, end: 26.1 }] }))).toMatch(
      /^We couldn't hear you for 12 s \(0:14–0:26\)/,
    );
    expect(
      message(
        finding("long-silence", {
          ranges: [
            { start: 0, end: 5 },
            { start: 64, end: 70 },
          ],
        }),
        75,
      ),
    ).toMatch(/^We couldn't hear you for 5 s \(0:00–0:05\) and 6 s \(1:04–1:10\)/);
  });

  it("tells how long the picture froze", () => {
    expect(message(finding("frozen", { ranges: [{ start: 10, end: 14 }] }))).toMatch(/^The picture froze for 4 s/);
    expect(
      message(
        finding("frozen", {
          ranges: [
            { start: 1, end: 3 },
            { start: 5, end: 8 },
          ],
        }),
      ),
    ).toBe("The picture froze 2 times, 5 s in all: 2 s (0:01–0:03) and 3 s (0:05–0:08).");
  });

  it.each([
    ["dark", "Your video is quite dark — face a window or add a lamp."],
    ["clipping", "Audio clips at loud moments — move the mic back or speak a little softer."],
    ["quiet", "We can barely hear you — move closer to the microphone or speak up."],
  ] as const)("words %s plainly", (kind, text) => {
    expect(message(finding(kind))).toBe(text);
  });

  it("puts errors first, then follows the clip's timeline", () => {
    const tips = qualityTips(
      [
        finding("long-silence", { ranges: [{ start: 20, end: 25 }] }),
        finding("black", { ranges: [{ start: 0, end: 2 }] }),
        finding("dark", { severity: "error" }),
      ],
      30,
    );
    expect(tips.map((t) => t.kind)).toEqual(["dark", "black", "long-silence"]);
    expect(tips[2]).toMatchObject({ severity: "warning", ranges: [{ start: 20, end: 25 }] });
  });
});
