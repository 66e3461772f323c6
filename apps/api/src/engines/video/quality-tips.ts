import { formatRange, lengthOf, totalLength } from "./time-ranges";
import type { QualityFinding, QualityTip, TimeRange } from "./video-report";

const seconds = (value: number) => `${Math.max(1, Math.round(value))} s`;
const where = (ranges: TimeRange[]) =>
  ranges.map((r) => `${seconds(lengthOf(r))} (${formatRange(r)})`).join(ranges.length > 2 ? ", " : " and ");

/** Within this much of an end of the clip a range counts as "the first / last n seconds". */
const edgeSeconds = 0.25;

function blackMessage(finding: QualityFinding, durationSeconds: number): string {
  if (finding.severity === "error") {
    return "We couldn't see you — the picture is black. Check that your camera is on and nothing covers it.";
  }
  const [only] = finding.ranges;
  if (finding.ranges.length === 1 && only) {
    if (only.start <= edgeSeconds) {
      return `The first ${seconds(only.end)} are black — wait until you see yourself before you start.`;
    }
    if (only.end >= durationSeconds - edgeSeconds) {
      return `The last ${seconds(lengthOf(only))} are black — stop the recording while the camera still shows you.`;
    }
  }
  return `The picture is black for ${where(finding.ranges)}.`;
}

function messageFor(finding: QualityFinding, durationSeconds: number): string {
  switch (finding.kind) {
    case "black":
      return blackMessage(finding, durationSeconds);
    case "frozen":
      return finding.ranges.length === 1
        ? `The picture froze for ${where(finding.ranges)} — close other apps or tabs using the camera and record again.`
        : `The picture froze ${finding.ranges.length} times, ${seconds(totalLength(finding.ranges))} in all: ${where(finding.ranges)}.`;
    case "dark":
      return finding.severity === "error"
        ? "Your video is very dark, so viewers may not see your face — face a window or add a lamp."
        : "Your video is quite dark — face a window or add a lamp.";
    case "overexposed":
      return "Your picture looks washed out — turn down or move away from the light in front of you.";
    case "no-audio":
      return "Your video has no sound — allow the browser to use your microphone and record again.";
    case "silent":
      return "We couldn't hear you at all — check that the right microphone is selected and not muted.";
    case "long-silence":
      return `We couldn't hear you for ${where(finding.ranges)} — keep talking or record a shorter take.`;
    case "quiet":
      return "We can barely hear you — move closer to the microphone or speak up.";
    case "clipping":
      return "Audio clips at loud moments — move the mic back or speak a little softer.";
  }
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** Plain-words advice for each finding, the most serious first, then in the order they happen. */
export function qualityTips(findings: QualityFinding[], durationSeconds: number): QualityTip[] {
  return findings
    .map((f) => ({ ...f, message: messageFor(f, durationSeconds) }))
    .sort(
      (a, b) =>
        severityOrder[a.severity] - severityOrder[b.severity] || (a.ranges[0]?.start ?? 0) - (b.ranges[0]?.start ?? 0),
    );
}
