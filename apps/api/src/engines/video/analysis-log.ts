import type { TimeRange } from "./video-report";

/** A range whose end ffmpeg never printed (it lasted to the end of the clip) has `end: null`. */
export type OpenRange = { start: number; end: number | null };

/** What the analysis filters of the processing pass printed, as numbers. */
export interface AnalysisMeasurements {
  /** Average luma (limited range, black ≈ 16, white ≈ 235) of sampled frames. */
  luma: { time: number; yavg: number }[];
  black: TimeRange[];
  freeze: OpenRange[];
  silence: OpenRange[];
  volume: { meanDb: number; maxDb: number } | null;
  /** astats over all channels: peak level and how flat the signal sits at that peak (clipping flattens it). */
  peak: { peakDb: number; flatFactor: number } | null;
}

const num = String.raw`(-?(?:\d+(?:\.\d+)?(?:e[-+]?\d+)?|inf))`;
const toNumber = (text: string | undefined) => (text === "-inf" ? Number.NEGATIVE_INFINITY : Number(text));

/** Keeps the runner's stderr buffer small: only lines the parser reads are worth holding. */
export function isAnalysisLine(line: string): boolean {
  return (
    line.startsWith("[Parsed_") ||
    line.startsWith("[blackdetect") ||
    line.startsWith("[freezedetect") ||
    line.startsWith("[silencedetect")
  );
}

interface ParseState {
  result: AnalysisMeasurements;
  frameTime: number | null;
  volume: { samples: number; meanDb?: number };
  peakDb: number | null;
}

/** First matching rule handles a line; `m` holds the captured numbers as text. */
const rules: [RegExp, (state: ParseState, m: RegExpExecArray) => void][] = [
  [/\bpts_time:(-?[\d.]+)/, (s, m) => (s.frameTime = toNumber(m[1]))],
  [
    /lavfi\.signalstats\.YAVG=(-?[\d.]+)/,
    (s, m) => {
      if (s.frameTime !== null) s.result.luma.push({ time: s.frameTime, yavg: toNumber(m[1]) });
      s.frameTime = null;
    },
  ],
  [
    /black_start:(-?[\d.]+) black_end:(-?[\d.]+)/,
    (s, m) => s.result.black.push({ start: toNumber(m[1]), end: toNumber(m[2]) }),
  ],
  [
    /lavfi\.freezedetect\.freeze_start: (-?[\d.]+)/,
    (s, m) => s.result.freeze.push({ start: toNumber(m[1]), end: null }),
  ],
  [/lavfi\.freezedetect\.freeze_end: (-?[\d.]+)/, (s, m) => closeLast(s.result.freeze, toNumber(m[1]))],
  [/silence_start: (-?[\d.]+)/, (s, m) => s.result.silence.push({ start: Math.max(0, toNumber(m[1])), end: null })],
  [/silence_end: (-?[\d.]+)/, (s, m) => closeLast(s.result.silence, toNumber(m[1]))],
  [/\] n_samples: (\d+)/, (s, m) => (s.volume = { samples: toNumber(m[1]) })],
  [new RegExp(String.raw`\] mean_volume: ${num} dB`), (s, m) => (s.volume.meanDb = toNumber(m[1]))],
  [
    new RegExp(String.raw`\] max_volume: ${num} dB`),
    (s, m) => {
      if (s.volume.samples > 0 && s.volume.meanDb !== undefined) {
        s.result.volume = { meanDb: s.volume.meanDb, maxDb: toNumber(m[1]) };
      }
    },
  ],
  [new RegExp(String.raw`\] Peak level dB: ${num}`), (s, m) => (s.peakDb = toNumber(m[1]))],
  [
    new RegExp(String.raw`\] Flat factor: ${num}`),
    (s, m) => {
      if (s.peakDb !== null) s.result.peak = { peakDb: s.peakDb, flatFactor: toNumber(m[1]) };
    },
  ],
];

/**
 * Reads the log lines of signalstats (through `metadata=print`), blackdetect, freezedetect, silencedetect,
 * volumedetect and astats. volumedetect and astats print once at the end; an earlier instance from graph
 * set-up may print an empty summary first, so the last non-empty one wins.
 */
export function parseAnalysisLog(lines: Iterable<string>): AnalysisMeasurements {
  const state: ParseState = {
    result: { luma: [], black: [], freeze: [], silence: [], volume: null, peak: null },
    frameTime: null,
    volume: { samples: 0 },
    peakDb: null,
  };
  for (const line of lines) {
    for (const [pattern, handle] of rules) {
      const m = pattern.exec(line);
      if (m) {
        handle(state, m);
        break;
      }
    }
  }
  return state.result;
}

function closeLast(ranges: OpenRange[], end: number) {
  const open = ranges.at(-1);
  if (open && open.end === null) open.end = end;
}
