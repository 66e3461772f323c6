/** The p-th percentile (0–100, nearest rank) of timings sorted ascending. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Times `run` after a warm-up and returns p50/p95 in milliseconds with the given precision. */
export async function timeRuns(run: () => unknown, options: { runs: number; warmUp: number; digits: number }) {
  for (let i = 0; i < options.warmUp; i++) await run();
  const timings: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (p: number) => Number(percentile(timings, p).toFixed(options.digits));
  return { p50Ms: at(50), p95Ms: at(95) };
}
