import { describe, expect, it } from "vitest";
import { type AnalysisMeasurements, parseAnalysisLog } from "./analysis-log";
import { analysisFixture } from "./fixture-files";
import { findQualityIssues } from "./quality-findings";

const clip = (name: string, durationSeconds: number) =>
  findQualityIssues(parseAnalysisLog(analysisFixture(name)), { durationSeconds, hasAudio: true });
const kinds = (findings: ReturnType<typeof findQualityIssues>) => findings.map((f) => [f.kind, f.severity]);

/** A clean 10 s clip: mid-grey picture, speech peaking at −6 dB. */
function measured(change: Partial<AnalysisMeasurements> = {}): AnalysisMeasurements {
  return {
    luma: Array.from({ length: 50 }, (_, i) => ({ time: i / 5, yavg: 110 })),
    black: [],
    freeze: [],
    silence: [],
    volume: { meanDb: -24, maxDb: -6 },
    peak: { peakDb: -6, flatFactor: 0 },
    ...change,
  };
}
const tenSeconds = { durationSeconds: 10, hasAudio: true };

describe("findQualityIssues on real ffmpeg output", () => {
  it("finds nothing wrong with a well-lit, audible clip", () => {
    expect(clip("talking-head.webm", 5)).toEqual([]);
  });

  it("finds a dark picture", () => {
    const [dark] = clip("dark.webm", 4);
    expect(dark).toMatchObject({ kind: "dark", severity: "error", ranges: [] });
    expect(dark!.value).toBeLessThan(40);
  });

  it("finds a 5 s silence in the middle", () => {
    expect(clip("silent-middle.webm", 9)).toEqual([
      { kind: "long-silence", severity: "warning", ranges: [{ start: 2.01754, end: 7.02612 }], value: 5 },
    ]);
  });

  it("finds clipped audio", () => {
    expect(kinds(clip("clipping.webm", 4))).toEqual([["clipping", "warning"]]);
  });

  it("finds a frozen picture to the end, bridging the frame where the encoder refined it", () => {
    const [frozen] = clip("frozen.webm", 7);
    expect(frozen?.kind).toBe("frozen");
    expect(frozen?.ranges).toHaveLength(1);
    expect(frozen!.ranges[0]!.start).toBeGreaterThanOrEqual(1.8);
    expect(frozen!.ranges[0]!.end).toBe(7);
  });

  it("reports black frames at the start as black, not also as frozen", () => {
    expect(clip("black-start.webm", 5)).toEqual([
      { kind: "black", severity: "warning", ranges: [{ start: 0, end: 2 }], value: 2 },
    ]);
  });
});

describe("findQualityIssues thresholds", () => {
  it("is quiet about a clean clip", () => {
    expect(findQualityIssues(measured(), tenSeconds)).toEqual([]);
  });

  it("judges light by the median, leaving black frames out", () => {
    const luma = measured().luma.map((s) => ({ ...s, yavg: s.time < 6 ? 16 : 50 }));
    const findings = findQualityIssues(measured({ luma, black: [{ start: 0, end: 6 }] }), tenSeconds);
    expect(kinds(findings)).toEqual([
      ["black", "warning"],
      ["dark", "warning"],
    ]);
    expect(findings[1]?.value).toBe(50);
  });

  it("flags a washed-out picture", () => {
    const luma = measured().luma.map((s) => ({ ...s, yavg: 215 }));
    expect(kinds(findQualityIssues(measured({ luma }), tenSeconds))).toEqual([["overexposed", "warning"]]);
  });

  it("calls a picture that is black almost throughout an error", () => {
    expect(kinds(findQualityIssues(measured({ black: [{ start: 0, end: 9.5 }] }), tenSeconds))).toEqual([
      ["black", "error"],
    ]);
  });

  it("ignores black blinks under a second", () => {
    expect(findQualityIssues(measured({ black: [{ start: 3, end: 3.6 }] }), tenSeconds)).toEqual([]);
  });

  it("reports a missing sound track and nothing else about sound", () => {
    expect(
      kinds(findQualityIssues(measured({ volume: null, peak: null }), { durationSeconds: 10, hasAudio: false })),
    ).toEqual([["no-audio", "error"]]);
  });

  it("calls a clip with no audible sound silent instead of listing its silences", () => {
    const silent = measured({ silence: [{ start: 0, end: null }], volume: { meanDb: -91, maxDb: -60 } });
    expect(findQualityIssues(silent, tenSeconds)).toEqual([
      { kind: "silent", severity: "error", ranges: [], value: -60 },
    ]);
  });

  it("lets natural pauses pass and flags 4 s or more", () => {
    const silence = [
      { start: 1, end: 4 },
      { start: 5, end: 9.5 },
    ];
    expect(findQualityIssues(measured({ silence }), tenSeconds)).toEqual([
      { kind: "long-silence", severity: "warning", ranges: [{ start: 5, end: 9.5 }], value: 4.5 },
    ]);
  });

  it("flags a quiet voice", () => {
    expect(kinds(findQualityIssues(measured({ volume: { meanDb: -40, maxDb: -24 } }), tenSeconds))).toEqual([
      ["quiet", "warning"],
    ]);
  });

  it("flags clipping only when the peak sits flat at full scale", () => {
    const loudButClean = measured({ peak: { peakDb: 0, flatFactor: 3 } });
    expect(findQualityIssues(loudButClean, tenSeconds)).toEqual([]);
    const flatBelowFullScale = measured({ peak: { peakDb: -3, flatFactor: 30 } });
    expect(findQualityIssues(flatBelowFullScale, tenSeconds)).toEqual([]);
  });
});
