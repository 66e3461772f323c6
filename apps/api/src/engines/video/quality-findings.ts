import type { AnalysisMeasurements } from "./analysis-log";
import { closeRanges, isInside, lengthOf, mergeRanges, subtractRanges, totalLength } from "./time-ranges";
import type { QualityFinding, TimeRange } from "./video-report";

/**
 * Thresholds for a talking-head webcam clip. Luma is limited-range YAVG (black ≈ 16, white ≈ 235): a lit face
 * at a desk reads about 90–140, a dim room 50–70, and below ~40 a face is hard to make out. Loudness is in dBFS:
 * browser speech with auto gain peaks around −10 to −3 dB; peaks below −20 dB are hard to hear on a laptop.
 * Pauses of 2–3 s are natural in speech; 4 s or more reads as dead air.
 */
export const qualityThresholds = {
  darkLuma: 60,
  veryDarkLuma: 40,
  brightLuma: 200,
  minBlackSeconds: 1,
  minFreezeSeconds: 2,
  /** freezedetect breaks a still picture when the encoder refines it for a frame or two. */
  freezeGapSeconds: 0.5,
  minSilenceSeconds: 4,
  /** Share of the clip that, when black, frozen or silent, makes the whole clip unusable. */
  wholeClipShare: 0.9,
  silentPeakDb: -50,
  quietPeakDb: -20,
  clippingPeakDb: -0.1,
  /** astats flat factor: a clean signal touches its peak for a sample or two (< 7), a clipped one sits on it. */
  clippingFlatFactor: 10,
};

export interface ClipFacts {
  durationSeconds: number;
  hasAudio: boolean;
}

const finding = (
  kind: QualityFinding["kind"],
  severity: QualityFinding["severity"],
  ranges: TimeRange[],
  value: number | null,
): QualityFinding => ({ kind, severity, ranges, value });

/** Turns the analysis pass's measurements into problems worth telling the candidate about. */
export function findQualityIssues(measured: AnalysisMeasurements, clip: ClipFacts): QualityFinding[] {
  const t = qualityThresholds;
  const duration = clip.durationSeconds;
  const wholeClip = (ranges: TimeRange[]) => totalLength(ranges) >= t.wholeClipShare * duration;
  const findings: QualityFinding[] = [];

  const black = mergeRanges(closeRanges(measured.black, duration)).filter((r) => lengthOf(r) >= t.minBlackSeconds);
  if (black.length > 0)
    findings.push(finding("black", wholeClip(black) ? "error" : "warning", black, totalLength(black)));

  // Black frames are also identical frames; report them once, as black.
  const frozen = subtractRanges(mergeRanges(closeRanges(measured.freeze, duration), t.freezeGapSeconds), black).filter(
    (r) => lengthOf(r) >= t.minFreezeSeconds,
  );
  if (frozen.length > 0) {
    const share = totalLength(frozen) / duration;
    findings.push(finding("frozen", share >= 0.5 ? "error" : "warning", frozen, totalLength(frozen)));
  }

  const luma = median(measured.luma.filter((s) => !isInside(s.time, black)).map((s) => s.yavg));
  if (luma !== null && luma < t.darkLuma) {
    findings.push(finding("dark", luma < t.veryDarkLuma ? "error" : "warning", [], round(luma)));
  } else if (luma !== null && luma > t.brightLuma) {
    findings.push(finding("overexposed", "warning", [], round(luma)));
  }

  findings.push(...audioFindings(measured, clip));
  return findings;
}

function audioFindings(measured: AnalysisMeasurements, clip: ClipFacts): QualityFinding[] {
  const t = qualityThresholds;
  if (!clip.hasAudio) return [finding("no-audio", "error", [], null)];
  const silences = closeRanges(measured.silence, clip.durationSeconds).filter(
    (r) => lengthOf(r) >= t.minSilenceSeconds,
  );
  const maxDb = measured.volume?.maxDb ?? null;
  if ((maxDb !== null && maxDb < t.silentPeakDb) || totalLength(silences) >= t.wholeClipShare * clip.durationSeconds) {
    return [finding("silent", "error", [], maxDb)];
  }
  const findings: QualityFinding[] = [];
  if (silences.length > 0) findings.push(finding("long-silence", "warning", silences, round(totalLength(silences))));
  if (maxDb !== null && maxDb < t.quietPeakDb) findings.push(finding("quiet", "warning", [], maxDb));
  const peak = measured.peak;
  if (peak && peak.peakDb >= t.clippingPeakDb && peak.flatFactor >= t.clippingFlatFactor) {
    findings.push(finding("clipping", "warning", [], round(peak.flatFactor)));
  }
  return findings;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number) => Math.round(value * 10) / 10;
