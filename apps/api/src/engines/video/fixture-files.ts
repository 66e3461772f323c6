import { readFileSync } from "node:fs";

/** Text captured from real ffmpeg runs (see apps/api/test/fixtures/video/capture-engine-fixtures.ts). */
export const probeFixture = (clip: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./fixtures/${clip}.probe.json`, import.meta.url), "utf8"));

export const analysisFixture = (clip: string): string[] =>
  readFileSync(new URL(`./fixtures/${clip}.analysis.log`, import.meta.url), "utf8").split("\n");
