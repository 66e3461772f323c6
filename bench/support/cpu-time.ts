/**
 * Mean CPU time (user + system, this process) of `run` in milliseconds. On a machine shared with other work,
 * wall-clock percentiles mostly measure the scheduler; CPU time shows what the code itself costs.
 */
export function cpuTimePerRun(run: () => unknown, runs: number): number {
  run();
  const before = process.cpuUsage();
  for (let i = 0; i < runs; i++) run();
  const used = process.cpuUsage(before);
  return Number(((used.user + used.system) / 1000 / runs).toFixed(2));
}
