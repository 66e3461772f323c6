import { describe, expect, it } from "vitest";
import { checkFfmpeg, parseEncoders, parseVersion } from "./check-ffmpeg";

describe("checkFfmpeg", () => {
  it("finds this machine's ffmpeg with the encoders processing needs", async () => {
    const status = await checkFfmpeg();
    expect(status).toMatchObject({ ok: true, encoders: { libx264: true, aac: true }, problem: null });
    expect(status.ffmpegVersion).toMatch(/^\d+\.\d+/);
    expect(status.ffprobeVersion).toBe(status.ffmpegVersion);
  });

  it("says what to install when the binaries are missing", async () => {
    const status = await checkFfmpeg({ ffmpeg: "/nonexistent/ffmpeg", ffprobe: "ffprobe" });
    expect(status.ok).toBe(false);
    expect(status.ffmpegVersion).toBeNull();
    expect(status.problem).toMatch(/ffmpeg \("\/nonexistent\/ffmpeg"\) could not be run\. Install ffmpeg/);
  });

  it("reads versions and encoder names from ffmpeg's output", () => {
    expect(parseVersion("ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026")).toBe("5.1.9-0+deb12u1");
    expect(parseVersion("ffprobe version n7.1 Copyright")).toBe("n7.1");
    const encoders = parseEncoders(
      [
        "Encoders:",
        " V..... = Video",
        " ------",
        " V....D libx264              libx264 H.264 / AVC / MPEG-4 AVC (codec h264)",
        " A....D aac                  AAC (Advanced Audio Coding)",
      ].join("\n"),
    );
    expect(encoders.has("libx264")).toBe(true);
    expect(encoders.has("aac")).toBe(true);
    expect(encoders.has("=")).toBe(false);
  });
});
