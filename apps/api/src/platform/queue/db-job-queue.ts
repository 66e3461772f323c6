import { randomUUID } from "node:crypto";
import type { DatabaseHandle } from "@hirefolio/db";
import type { EnqueueOptions, JobHandler, JobQueue } from "./job-queue";
import { consoleQueueLogger, logJobFailure, type QueueLogger } from "./queue-logger";
import { defaultBackoffBaseMs, defaultMaxAttempts, retryDelayMs } from "./retry-policy";

export interface DbJobQueueOptions {
  database: DatabaseHandle;
  /** How often idle workers look for due jobs; an enqueue in this process wakes them at once. */
  pollIntervalMs?: number;
  /** Handlers running at once in this process. */
  concurrency?: number;
  /** How long a claim holds; a job still running after that is presumed lost with its worker and is run again. */
  lockSeconds?: number;
  /** Retry n waits backoffBaseMs·2^n (see retry-policy). */
  backoffBaseMs?: number;
  logger?: QueueLogger;
  now?: () => Date;
}

interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

interface Outcome {
  status: "done" | "pending" | "failed";
  runAt?: Date;
  lastError?: string;
  finishedAt?: Date;
}

/**
 * One statement claims and locks: SKIP LOCKED lets several processes claim side by side without waiting on each
 * other, and a re-check of the WHERE clause on locked rows stops two of them taking the same job. Times are
 * parameters from `now`, the clock that also sets run_at, so "due" means the same thing on both sides.
 */
const claimSql = `
UPDATE queued_job SET status = 'running', attempts = attempts + 1, locked_until = $2
WHERE id IN (
  SELECT id FROM queued_job
  WHERE ((status = 'pending' AND run_at <= $1) OR (status = 'running' AND locked_until < $1))
    AND name = ANY($3::text[])
  ORDER BY run_at
  LIMIT $4
  FOR UPDATE SKIP LOCKED
)
RETURNING id, name, payload, attempts, max_attempts`;

/** The attempts guard stops a worker whose lock expired from overwriting the outcome of the run that replaced it. */
const settleSql = `
UPDATE queued_job
SET status = $3, run_at = coalesce($4::timestamptz, run_at), last_error = coalesce($5::text, last_error),
    finished_at = $6::timestamptz, locked_until = NULL
WHERE id = $1 AND attempts = $2 AND status = 'running'`;

/** The queue used when REDIS_URL is unset: rows in queued_job, polled by the API process itself. */
export class DbJobQueue implements JobQueue {
  readonly kind = "local";
  private readonly database: DatabaseHandle;
  private readonly pollIntervalMs: number;
  private readonly concurrency: number;
  private readonly lockMs: number;
  private readonly backoffBaseMs: number;
  private readonly logger: QueueLogger;
  private readonly now: () => Date;
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly running = new Set<Promise<void>>();
  private pollTimer?: NodeJS.Timeout;
  private claiming?: Promise<void>;
  private mayHaveDueJobs = false;

  constructor(options: DbJobQueueOptions) {
    this.database = options.database;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.concurrency = options.concurrency ?? 4;
    this.lockMs = (options.lockSeconds ?? 300) * 1000;
    this.backoffBaseMs = options.backoffBaseMs ?? defaultBackoffBaseMs;
    this.logger = options.logger ?? consoleQueueLogger;
    this.now = options.now ?? (() => new Date());
  }

  async enqueue<P>(name: string, payload: P, options: EnqueueOptions = {}) {
    const runAt = options.runAt ?? this.now();
    const inserted = await this.database.query<{ id: string }>(
      `INSERT INTO queued_job (id, name, payload, dedupe_key, max_attempts, run_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6)
       ON CONFLICT (name, dedupe_key) DO NOTHING
       RETURNING id`,
      [
        randomUUID(),
        name,
        JSON.stringify(payload ?? null),
        options.dedupeKey ?? null,
        options.maxAttempts ?? defaultMaxAttempts,
        runAt.toISOString(),
      ],
    );
    if (inserted[0]) {
      if (runAt <= this.now()) this.wake();
      return { id: inserted[0].id, deduplicated: false };
    }
    const [existing] = await this.database.query<{ id: string }>(
      "SELECT id FROM queued_job WHERE name = $1 AND dedupe_key = $2",
      [name, options.dedupeKey],
    );
    if (!existing) throw new Error(`job ${name} with dedupe key ${options.dedupeKey} vanished while enqueueing`);
    return { id: existing.id, deduplicated: true };
  }

  async cancel(name: string, dedupeKey: string): Promise<boolean> {
    // A job waiting for its retry is 'pending' too and goes; a claimed one ('running') is left to finish.
    const deleted = await this.database.query<{ id: string }>(
      "DELETE FROM queued_job WHERE name = $1 AND dedupe_key = $2 AND status = 'pending' RETURNING id",
      [name, dedupeKey],
    );
    return deleted.length > 0;
  }

  register<P>(name: string, handler: JobHandler<P>): void {
    if (this.handlers.has(name)) throw new Error(`a handler for job ${name} is already registered`);
    this.handlers.set(name, handler as JobHandler<unknown>);
  }

  async startWorkers(): Promise<void> {
    if (this.pollTimer) return;
    this.pollTimer = setInterval(() => this.wake(), this.pollIntervalMs);
    this.wake();
  }

  async close(): Promise<void> {
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
    await this.claiming;
    await Promise.all(this.running);
  }

  async check(): Promise<void> {
    await this.database.query("SELECT 1 FROM queued_job LIMIT 1");
  }

  /** Due jobs may exist (a poll tick, or an enqueue in this process): claim them. */
  private wake(): void {
    this.mayHaveDueJobs = true;
    this.claimIfWanted();
  }

  /** One claim at a time; it repeats while a full batch suggests more are due and handler slots are free. */
  private claimIfWanted(): void {
    if (!this.pollTimer || this.claiming || !this.mayHaveDueJobs || this.running.size >= this.concurrency) return;
    this.claiming = this.claimBatch().finally(() => {
      this.claiming = undefined;
      this.claimIfWanted();
    });
  }

  private async claimBatch(): Promise<void> {
    const free = this.concurrency - this.running.size;
    this.mayHaveDueJobs = false;
    const jobs = await this.claim(free);
    for (const job of jobs) this.track(job);
    if (jobs.length === free) this.mayHaveDueJobs = true;
  }

  private async claim(limit: number): Promise<ClaimedJob[]> {
    const names = [...this.handlers.keys()];
    if (names.length === 0) return [];
    const now = this.now();
    try {
      return await this.database.query<ClaimedJob>(claimSql, [
        now.toISOString(),
        new Date(now.getTime() + this.lockMs).toISOString(),
        names,
        limit,
      ]);
    } catch (error) {
      this.logger.error({ err: error }, "could not claim jobs; retrying at the next poll");
      return [];
    }
  }

  private track(job: ClaimedJob): void {
    const run = this.run(job)
      .catch((error) => this.logger.error({ err: error, job: job.name, jobId: job.id }, "could not record job outcome"))
      .finally(() => {
        this.running.delete(run);
        this.claimIfWanted();
      });
    this.running.add(run);
  }

  private async run(job: ClaimedJob): Promise<void> {
    // Claiming counts an attempt, so a worker that died mid-run has used one up; past the limit, stop.
    if (job.attempts > job.max_attempts) {
      await this.settle(job, {
        status: "failed",
        lastError: "lock expired during the last attempt (worker stopped, or handler outran lockSeconds)",
        finishedAt: this.now(),
      });
      return;
    }
    const handler = this.handlers.get(job.name)!;
    let outcome: Outcome;
    try {
      await handler(job.payload, { jobId: job.id, attempt: job.attempts });
      outcome = { status: "done", finishedAt: this.now() };
    } catch (error) {
      const attempt = { name: job.name, jobId: job.id, attempt: job.attempts, maxAttempts: job.max_attempts };
      logJobFailure(this.logger, attempt, error);
      outcome = this.failureOutcome(job, error);
    }
    await this.settle(job, outcome);
  }

  private failureOutcome(job: ClaimedJob, error: unknown): Outcome {
    const lastError = error instanceof Error ? error.message : String(error);
    if (job.attempts >= job.max_attempts) return { status: "failed", lastError, finishedAt: this.now() };
    const runAt = new Date(this.now().getTime() + retryDelayMs(job.attempts, this.backoffBaseMs));
    return { status: "pending", runAt, lastError };
  }

  private async settle(job: ClaimedJob, outcome: Outcome): Promise<void> {
    await this.database.query(settleSql, [
      job.id,
      job.attempts,
      outcome.status,
      outcome.runAt?.toISOString() ?? null,
      outcome.lastError ?? null,
      outcome.finishedAt?.toISOString() ?? null,
    ]);
  }
}
