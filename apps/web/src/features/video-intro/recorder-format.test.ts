import { describe, expect, it } from "vitest";
import { containerType, pickRecorderMime, takeFileName } from "./recorder-format";

describe("pickRecorderMime", () => {
  it("prefers VP9 when the browser records it", () => {
    expect(pickRecorderMime(() => true)).toBe("video/webm;codecs=vp9,opus");
  });

  it("falls back to VP8 and then to MP4 as Safari records", () => {
    expect(pickRecorderMime((type) => type.includes("vp8") || type.includes("mp4"))).toBe("video/webm;codecs=vp8,opus");
    expect(pickRecorderMime((type) => type.startsWith("video/mp4"))).toBe("video/mp4;codecs=avc1,mp4a");
  });

  it("leaves the choice to the browser when it supports none of them", () => {
    expect(pickRecorderMime(() => false)).toBeUndefined();
  });
});

describe("containerType and takeFileName", () => {
  it("names MP4 and WebM takes by their container", () => {
    expect(containerType("video/mp4;codecs=avc1,mp4a")).toBe("video/mp4");
    expect(containerType("video/webm;codecs=vp8,opus")).toBe("video/webm");
    expect(takeFileName("video/mp4", 1700000000000)).toBe("video-intro-1700000000000.mp4");
    expect(takeFileName("video/x-matroska;codecs=avc1", 5)).toBe("video-intro-5.webm");
  });
});
