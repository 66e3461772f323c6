/** The part of pino's logger the queues use; a pino logger fits as is. */
export interface QueueLogger {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/** Default when no logger is passed: job failures must not vanish silently. */
export const consoleQueueLogger: QueueLogger = {
  info: (details, message) => console.info(message, details),
  warn: (details, message) => console.warn(message, details),
  error: (details, message) => console.error(message, details),
};

/** For tests and benchmarks, whose failing handlers are deliberate. */
export const silentQueueLogger: QueueLogger = { info() {}, warn() {}, error() {} };

export interface FailedAttempt {
  name: string;
  jobId: string;
  attempt: number;
  maxAttempts: number;
}

/** A failure that will be retried is a warning; the last one is an error someone has to look at. */
export function logJobFailure(logger: QueueLogger, failed: FailedAttempt, error: unknown): void {
  const details = { job: failed.name, jobId: failed.jobId, attempt: failed.attempt, err: error };
  if (failed.attempt < failed.maxAttempts) logger.warn(details, "job failed; it will be retried");
  else logger.error(details, `job failed after ${failed.maxAttempts} attempts; giving up`);
}
