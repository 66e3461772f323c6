import { describe, expect, it } from "vitest";
import { isAnalysisLine, parseAnalysisLog } from "./analysis-log";
import { analysisFixture } from "./fixture-files";

describe("parseAnalysisLog", () => {
  it("reads luma per sampled frame and the end-of-stream audio summaries", () => {
    const measured = parseAnalysisLog(analysisFixture("talking-head.webm"));
    expect(measured.luma.length).toBeGreaterThanOrEqual(24);
    expect(measured.luma[1]).toEqual({ time: 0.2, yavg: expect.any(Number) });
    expect(measured.luma.every((s) => s.yavg > 60 && s.yavg < 200)).toBe(true);
    expect(measured.volume).toEqual({ meanDb: expect.any(Number), maxDb: expect.any(Number) });
    expect(measured.volume!.maxDb).toBeGreaterThan(-15);
    expect(measured).toMatchObject({ black: [], freeze: [], silence: [] });
  });

  it("ignores the empty volumedetect summary printed while the graph is set up", () => {
    const lines = analysisFixture("silent-middle.webm");
    expect(lines.filter((l) => l.includes("n_samples: 0")).length).toBeGreaterThan(0);
    expect(parseAnalysisLog(lines).volume).toEqual({ meanDb: -24.6, maxDb: -17.6 });
  });

  it("reads silence, black and freeze ranges; a range still open at the end has no end", () => {
    expect(parseAnalysisLog(analysisFixture("silent-middle.webm")).silence).toEqual([{ start: 2.01754, end: 7.02612 }]);
    expect(parseAnalysisLog(analysisFixture("black-start.webm")).black).toEqual([{ start: 0, end: 2 }]);
    const freeze = parseAnalysisLog(analysisFixture("frozen.webm")).freeze;
    expect(freeze.at(-1)?.end).toBeNull();
    expect(freeze[0]?.start).toBeGreaterThanOrEqual(1.8);
  });

  it("reads astats' peak and flat factor", () => {
    const clipped = parseAnalysisLog(analysisFixture("clipping.webm")).peak;
    expect(clipped?.peakDb).toBeGreaterThan(-0.1);
    expect(clipped?.flatFactor).toBeGreaterThan(20);
  });

  it("reads digital silence (-inf) and a silence that starts before zero", () => {
    const measured = parseAnalysisLog([
      "[silencedetect @ 0x1] silence_start: -0.007",
      "[Parsed_volumedetect_3 @ 0x2] n_samples: 96000",
      "[Parsed_volumedetect_3 @ 0x2] mean_volume: -inf dB",
      "[Parsed_volumedetect_3 @ 0x2] max_volume: -inf dB",
    ]);
    expect(measured.silence).toEqual([{ start: 0, end: null }]);
    expect(measured.volume).toEqual({ meanDb: Number.NEGATIVE_INFINITY, maxDb: Number.NEGATIVE_INFINITY });
  });

  it("keeps filter lines and drops the rest of ffmpeg's chatter", () => {
    expect(isAnalysisLine("[Parsed_metadata_8 @ 0x0] lavfi.signalstats.YAVG=111.1")).toBe(true);
    expect(isAnalysisLine("[blackdetect @ 0x0] black_start:0 black_end:2 black_duration:2")).toBe(true);
    expect(isAnalysisLine("[libx264 @ 0x0] frame I:5     Avg QP:15.04  size:  5199")).toBe(false);
    expect(isAnalysisLine("Stream mapping:")).toBe(false);
  });
});
