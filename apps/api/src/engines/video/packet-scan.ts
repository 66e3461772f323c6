/**
 * Where the video stream really starts and ends, read from its packets (`ffprobe -select_streams v:0
 * -show_entries packet=pts_time,duration_time -of csv=p=0`). MediaRecorder WebM has no duration in its header,
 * and a header can lie about a truncated or padded file, so the packets are the measure that counts.
 */
export interface PacketScan {
  packets: number;
  firstSeconds: number | null;
  endSeconds: number | null;
}

export const emptyPacketScan = (): PacketScan => ({ packets: 0, firstSeconds: null, endSeconds: null });

/** Folds one CSV line ("4.994000,0.020000") into the scan; lines without a timestamp are skipped. */
export function addPacketLine(scan: PacketScan, line: string): PacketScan {
  const [ptsText, durationText] = line.split(",");
  const pts = Number.parseFloat(ptsText ?? "");
  if (!Number.isFinite(pts)) return scan;
  const duration = Number.parseFloat(durationText ?? "");
  const end = pts + (Number.isFinite(duration) ? duration : 0);
  return {
    packets: scan.packets + 1,
    firstSeconds: scan.firstSeconds === null ? pts : Math.min(scan.firstSeconds, pts),
    endSeconds: scan.endSeconds === null ? end : Math.max(scan.endSeconds, end),
  };
}

export function scannedDuration(scan: PacketScan): number | null {
  if (scan.firstSeconds === null || scan.endSeconds === null) return null;
  return scan.endSeconds - scan.firstSeconds;
}
