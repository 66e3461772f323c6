import { videoCaptionsMaxBytes, videoCaptionsMaxCues } from "@hirefolio/shared";

/** Pure WebVTT handling for the candidate's captions: no I/O, so it is tested line by line. */

export interface CaptionCue {
  startMs: number;
  endMs: number;
  text: string;
}

export interface CaptionProblem {
  /** 1-based line of the input, 0 for the file as a whole. */
  line: number;
  message: string;
}

export type CaptionsResult = { ok: true; vtt: string; cues: CaptionCue[] } | { ok: false; problems: CaptionProblem[] };

/** Players round, and the recorder's last chunk can end a little after the measured duration. */
const durationToleranceMs = 500;
/** About one spoken sentence: short enough to read at a glance. */
const transcriptCueMs = 7000;

const timestamp = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const kept = new Set(["<b>", "</b>", "<i>", "</i>", "<u>", "</u>"]);

function parseTimestamp(text: string): number | null {
  const match = timestamp.exec(text);
  if (!match) return null;
  const [, hours = "0", minutes, seconds, millis] = match;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis);
}

export function formatTimestamp(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const pad = (value: number, width = 2) => String(value).padStart(width, "0");
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor(total / 60_000) % 60;
  const seconds = Math.floor(total / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(total % 1000, 3)}`;
}

/**
 * Keeps only bold, italic and underline: other WebVTT tags (voice, class, ruby, timestamps) add nothing a
 * candidate needs and are where odd markup would hide. A `<` that is not a kept tag is escaped, so the output
 * parses as the text the candidate meant.
 */
export function cleanCueText(text: string): string {
  return (
    text
      // A WebVTT tag starts right after the "<" (a name, "/" or a timestamp); "1 < 2" is text.
      .replace(/<(?=[^\s<>])[^<>]*>/g, (tag) => (kept.has(tag.toLowerCase()) ? tag.toLowerCase() : ""))
      .replace(/<(?!\/?[biu]>)/gi, "&lt;")
      .replace(/-->/g, "--&gt;")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .join("\n")
  );
}

function serialise(cues: CaptionCue[]): string {
  const blocks = cues.map((cue) => `${formatTimestamp(cue.startMs)} --> ${formatTimestamp(cue.endMs)}\n${cue.text}`);
  return `WEBVTT\n\n${blocks.join("\n\n")}\n`;
}

/**
 * Checks WebVTT a candidate wrote against their video: the header, cue timings (in order of appearance, each
 * inside the video), at most 200 cues and 20 KB. Returns it re-written from the parsed cues, so comments, style
 * blocks and cue settings are dropped and what is stored is exactly what was checked.
 */
export function validateCaptions(input: string, durationMs: number): CaptionsResult {
  if (Buffer.byteLength(input) > videoCaptionsMaxBytes) {
    return fail(0, `Captions may be at most ${videoCaptionsMaxBytes / 1024} KB.`);
  }
  const lines = input.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? "")) return fail(1, 'WebVTT must start with a "WEBVTT" line.');

  const problems: CaptionProblem[] = [];
  const cues: CaptionCue[] = [];
  let index = 1;
  // Header lines run until the first blank line.
  while (index < lines.length && lines[index]?.trim() !== "") index++;
  while (index < lines.length) {
    while (index < lines.length && lines[index]?.trim() === "") index++;
    if (index >= lines.length) break;
    const blockStart = index;
    const block: string[] = [];
    while (index < lines.length && lines[index]?.trim() !== "") block.push(lines[index++] ?? "");
    const first = block[0] ?? "";
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(first)) continue;
    // A cue may start with an identifier line; the timing line is the one with the arrow.
    const timingAt = first.includes("-->") ? 0 : 1;
    const timing = block[timingAt];
    const line = blockStart + timingAt + 1;
    if (timing === undefined || !timing.includes("-->")) {
      problems.push({ line: blockStart + 1, message: "Expected a cue timing such as 00:00:01.000 --> 00:00:04.000." });
      continue;
    }
    const [startText = "", rest = ""] = timing.split("-->").map((part) => part.trim());
    const startMs = parseTimestamp(startText);
    const endMs = parseTimestamp(rest.split(/[ \t]/)[0] ?? "");
    if (startMs === null || endMs === null) {
      problems.push({ line, message: "Timings must look like 00:01.000 or 00:00:01.000." });
      continue;
    }
    if (endMs <= startMs) problems.push({ line, message: "A cue must end after it starts." });
    else if (endMs > durationMs + durationToleranceMs) {
      problems.push({
        line,
        message: `This cue ends at ${formatTimestamp(endMs)}, after the video (${formatTimestamp(durationMs)}).`,
      });
    }
    const text = cleanCueText(block.slice(timingAt + 1).join("\n"));
    if (text === "") problems.push({ line, message: "This cue has no text." });
    cues.push({ startMs, endMs, text });
  }
  if (cues.length > videoCaptionsMaxCues) {
    problems.unshift({ line: 0, message: `At most ${videoCaptionsMaxCues} cues; this has ${cues.length}.` });
  }
  if (cues.length === 0 && problems.length === 0) problems.push({ line: 0, message: "There are no cues." });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, vtt: serialise(cues), cues };
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Spreads a plain transcript over the video: about one cue per 7 s, each with an even share of the words, timed
 * in proportion to its share. Speech is not measured, so the cues are approximate; the candidate can edit them.
 */
export function captionsFromTranscript(transcript: string, durationMs: number): CaptionsResult {
  const words = transcript.split(/\s+/).filter((word) => word !== "");
  if (words.length === 0) return fail(0, "The transcript is empty.");
  if (durationMs <= 0) return fail(0, "The video has no length to spread the transcript over.");
  const count = Math.min(words.length, videoCaptionsMaxCues, Math.max(1, Math.round(durationMs / transcriptCueMs)));
  const cues: CaptionCue[] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.round((i * words.length) / count);
    const to = Math.round(((i + 1) * words.length) / count);
    cues.push({
      startMs: Math.round((from / words.length) * durationMs),
      endMs: Math.round((to / words.length) * durationMs),
      text: escapeText(words.slice(from, to).join(" ")),
    });
  }
  const vtt = serialise(cues);
  if (Buffer.byteLength(vtt) > videoCaptionsMaxBytes) {
    return fail(0, `The captions would be larger than ${videoCaptionsMaxBytes / 1024} KB; shorten the transcript.`);
  }
  return { ok: true, vtt, cues };
}

function fail(line: number, message: string): CaptionsResult {
  return { ok: false, problems: [{ line, message }] };
}
