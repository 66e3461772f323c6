import { describe, expect, it } from "vitest";
import { addPacketLine, emptyPacketScan, scannedDuration } from "./packet-scan";

describe("packet scan", () => {
  it("spans from the first timestamp to the end of the last packet, in any order", () => {
    const lines = ["0.040000,0.033000", "4.961000,0.033000,", "2.000000,N/A", "", "N/A,N/A"];
    const scan = lines.reduce(addPacketLine, emptyPacketScan());
    expect(scan).toEqual({ packets: 3, firstSeconds: 0.04, endSeconds: expect.closeTo(4.994, 9) });
    expect(scannedDuration(scan)).toBeCloseTo(4.954, 6);
  });

  it("has no duration without packets", () => {
    expect(scannedDuration(emptyPacketScan())).toBeNull();
  });
});
