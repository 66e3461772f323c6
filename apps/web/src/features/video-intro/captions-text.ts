const timingLine = /-->/;

/**
 * The words of a WebVTT file as plain text, one cue per line, so the transcript editor shows what viewers
 * read without timings. Header, NOTE/STYLE/REGION blocks, cue identifiers and markup tags are dropped.
 */
export function transcriptFromVtt(vtt: string): string {
  const blocks = vtt
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n{2,}/);
  const cues: string[] = [];
  for (const block of blocks) {
    const lines = block.split("\n");
    const timingIndex = lines.findIndex((line) => timingLine.test(line));
    if (timingIndex === -1) continue;
    const text = lines
      .slice(timingIndex + 1)
      .join(" ")
      .replace(/<[^>]*>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/\s+/g, " ")
      .trim();
    if (text) cues.push(text);
  }
  return cues.join("\n");
}

/** A body is sent as raw WebVTT only when it starts with the signature the format requires. */
export function looksLikeVtt(text: string): boolean {
  return /^\uFEFF?WEBVTT(?:[ \t]|$)/m.test(text.trimStart().split("\n", 1)[0] ?? "");
}
