export interface EnqueueOptions {
  /** Earliest time the job may run; defaults to now. */
  runAt?: Date;
  /** Jobs with the same name and dedupe key are enqueued once; a second enqueue is a no-op. */
  dedupeKey?: string;
  /** Attempts before the job is marked failed; retries back off exponentially. */
  maxAttempts?: number;
}

export interface JobContext {
  jobId: string;
  attempt: number;
}

export type JobHandler<P = unknown> = (payload: P, context: JobContext) => Promise<void>;

/** One interface for the DB-table queue (no Redis) and BullMQ (REDIS_URL set). */
export interface JobQueue {
  readonly kind: "local" | "bullmq";
  enqueue<P>(name: string, payload: P, options?: EnqueueOptions): Promise<{ id: string; deduplicated: boolean }>;
  /**
   * Withdraws the job of this name and dedupe key if it has not started: true when a waiting job was removed, false
   * when there was none or it is running, done or failed (those stay, so a finished job still deduplicates).
   */
  cancel(name: string, dedupeKey: string): Promise<boolean>;
  register<P>(name: string, handler: JobHandler<P>): void;
  /** Starts processing registered jobs in this process. */
  startWorkers(): Promise<void>;
  /** Stops processing; waits for running handlers to finish. */
  close(): Promise<void>;
  check(): Promise<void>;
}
