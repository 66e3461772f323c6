/** Both queues retry on this schedule, so a job behaves the same whichever backend runs it. */
export const defaultMaxAttempts = 5;
export const defaultBackoffBaseMs = 1000;

const maxRetryDelayMs = 60 * 60 * 1000;

/** Wait before retrying after failed attempt number `attempt` (1-based): base·2^attempt, at most an hour. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** attempt, maxRetryDelayMs);
}
