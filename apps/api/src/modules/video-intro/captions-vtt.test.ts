import { describe, expect, it } from "vitest";
import { captionsFromTranscript, cleanCueText, formatTimestamp, validateCaptions } from "./captions-vtt";

const vtt = (...blocks: string[]) => ["WEBVTT", "", ...blocks.flatMap((b) => [b, ""])].join("\n");

describe("validateCaptions", () => {
  it("accepts cues inside the video and re-writes them without comments, styles or settings", () => {
    const result = validateCaptions(
      vtt(
        "NOTE written by hand",
        "STYLE\n::cue { color: red }",
        "intro\n00:00.500 --> 00:03.000 align:start\nHello, I'm <b>Casey</b>.",
        "00:00:03.000 --> 00:00:05.900\nI build APIs.",
      ),
      5_500,
    );
    expect(result).toEqual({
      ok: true,
      vtt: "WEBVTT\n\n00:00:00.500 --> 00:00:03.000\nHello, I'm <b>Casey</b>.\n\n00:00:03.000 --> 00:00:05.900\nI build APIs.\n",
      cues: [
        { startMs: 500, endMs: 3000, text: "Hello, I'm <b>Casey</b>." },
        { startMs: 3000, endMs: 5900, text: "I build APIs." },
      ],
    });
  });

  it("needs the WEBVTT header", () => {
    const result = validateCaptions("00:00.000 --> 00:01.000\nHi", 5000);
    expect(result).toEqual({ ok: false, problems: [{ line: 1, message: expect.stringContaining("WEBVTT") }] });
  });

  it("names the line of each bad timing", () => {
    const result = validateCaptions(
      vtt("00:00.000 --> 00:09.000\nToo late", "00:02.000 --> 00:01.000\nBackwards", "00:02 --> 00:03\nNo millis"),
      5000,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.line)).toEqual([3, 6, 9]);
    expect(result.problems[0]?.message).toContain("after the video");
    expect(result.problems[1]?.message).toContain("end after it starts");
  });

  it("refuses more than 200 cues and more than 20 KB", () => {
    const cues = Array.from(
      { length: 201 },
      (_, i) => `${formatTimestamp(i * 100)} --> ${formatTimestamp(i * 100 + 50)}\nx`,
    );
    const many = validateCaptions(vtt(...cues), 60_000);
    expect(many.ok || many.problems[0]?.message).toContain("At most 200 cues");
    const big = validateCaptions(vtt(`00:00.000 --> 00:01.000\n${"a".repeat(21 * 1024)}`), 60_000);
    expect(big.ok || big.problems[0]?.message).toContain("20 KB");
  });

  it("refuses a file with no cues", () => {
    expect(validateCaptions("WEBVTT\n", 5000).ok).toBe(false);
  });
});

describe("cleanCueText", () => {
  it("keeps bold, italic and underline and drops every other tag", () => {
    expect(cleanCueText("<v Casey>Hi</v> <c.loud>there</c> <I>now</I> <script>alert(1)</script><u>u</u>")).toBe(
      "Hi there <i>now</i> alert(1)<u>u</u>",
    );
  });

  it("escapes a stray < and an arrow, so the text cannot end the cue or open a tag", () => {
    expect(cleanCueText("1 < 2 --> 3")).toBe("1 &lt; 2 --&gt; 3");
  });
});

describe("captionsFromTranscript", () => {
  it("spreads the words over the video in cues of about 7 s", () => {
    const words = Array.from({ length: 90 }, (_, i) => `w${i}`).join(" ");
    const result = captionsFromTranscript(words, 42_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.cues).toHaveLength(6);
    expect(result.cues[0]).toEqual({ startMs: 0, endMs: 7000, text: expect.stringMatching(/^w0 w1 .* w14$/) });
    expect(result.cues.at(-1)?.endMs).toBe(42_000);
    // The output passes the same checks as hand-written captions.
    expect(validateCaptions(result.vtt, 42_000).ok).toBe(true);
  });

  it("makes one cue of a short transcript and escapes markup in it", () => {
    const result = captionsFromTranscript("Hi <b>there</b> & welcome", 3000);
    expect(result.ok && result.cues).toEqual([
      { startMs: 0, endMs: 3000, text: "Hi &lt;b&gt;there&lt;/b&gt; &amp; welcome" },
    ]);
  });

  it("refuses an empty transcript", () => {
    expect(captionsFromTranscript("   ", 3000).ok).toBe(false);
  });
});
