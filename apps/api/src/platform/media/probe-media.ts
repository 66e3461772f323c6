import { stat } from "node:fs/promises";
import { describeMedia } from "../../engines/video/describe-media";
import { addPacketLine, emptyPacketScan } from "../../engines/video/packet-scan";
import { type VideoLimits, videoLimits } from "../../engines/video/video-limits";
import type { MediaCheck, MediaRejection } from "../../engines/video/video-report";
import { defaultMediaTools, type MediaTools, safeInput } from "./media-tools";
import { runTool } from "./run-tool";

export interface ProbeOptions {
  tools?: MediaTools;
  limits?: VideoLimits;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The packet scan cannot change these verdicts, so it is skipped for them. */
const finalWithoutPackets = new Set<MediaRejection["code"]>(["not-media", "no-video", "unsupported", "too-large"]);

/**
 * Checks an upload with ffprobe: what it is (header), then how long its video really runs (a scan of the video
 * packets, no decoding). Returns the engine's verdict; throws MediaFailure only when ffprobe itself cannot run.
 */
export async function probeMedia(path: string, options: ProbeOptions = {}): Promise<MediaCheck> {
  const tools = options.tools ?? defaultMediaTools;
  const limits = options.limits ?? videoLimits;
  const run = { timeoutMs: options.timeoutMs ?? 30_000, signal: options.signal };
  const { size: sizeBytes } = await stat(path);
  if (sizeBytes > limits.maxBytes) return describeMedia({}, { sizeBytes }, limits);

  const json: string[] = [];
  const header = await runTool(
    tools.ffprobe,
    ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", ...safeInput(path)],
    { ...run, onStdoutLine: (line) => json.push(line) },
  );
  const probe = header.exitCode === 0 ? parseJson(json.join("\n")) : null;
  const first = describeMedia(probe, { sizeBytes }, limits);
  if (!first.ok && finalWithoutPackets.has(first.rejection.code)) return first;

  let packets = emptyPacketScan();
  const scan = await runTool(
    tools.ffprobe,
    [
      "-v",
      "error",
      "-select_streams",
      "v:0",
      "-show_entries",
      "packet=pts_time,duration_time",
      "-of",
      "csv=p=0",
      ...safeInput(path),
    ],
    { ...run, onStdoutLine: (line) => (packets = addPacketLine(packets, line)) },
  );
  if (scan.exitCode !== 0) return describeMedia(probe, { sizeBytes, packets: emptyPacketScan() }, limits);
  return describeMedia(probe, { sizeBytes, packets }, limits);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
