import { describe, expect, it } from "vitest";
import { looksLikeVtt, transcriptFromVtt } from "./captions-text";

describe("transcriptFromVtt", () => {
  it("keeps the words of each cue and drops the header, notes, identifiers and timings", () => {
    const vtt = [
      "WEBVTT - intro",
      "",
      "NOTE written by hand",
      "",
      "intro-1",
      "00:00:00.000 --> 00:00:03.500",
      "Hi, I'm <b>Casey</b>,",
      "a product designer.",
      "",
      "00:00:03.500 --> 00:00:07.000 align:start",
      "I love R&amp;D &lt;and&gt; prototypes.",
    ].join("\r\n");
    expect(transcriptFromVtt(vtt)).toBe("Hi, I'm Casey, a product designer.\nI love R&D <and> prototypes.");
  });

  it("answers an empty transcript for a file without cues", () => {
    expect(transcriptFromVtt("WEBVTT\n")).toBe("");
    expect(transcriptFromVtt("")).toBe("");
  });
});

describe("looksLikeVtt", () => {
  it("recognises the WEBVTT signature and nothing else", () => {
    expect(looksLikeVtt("WEBVTT\n\n00:00.000 --> 00:01.000\nHi")).toBe(true);
    expect(looksLikeVtt("  WEBVTT - title\n")).toBe(true);
    expect(looksLikeVtt("WEBVTTX")).toBe(false);
    expect(looksLikeVtt("Hello, I'm Casey")).toBe(false);
  });
});
