import { randomUUID } from "node:crypto";
import { Queue, Worker } from "bullmq";
import { Redis, type RedisOptions } from "ioredis";
import type { EnqueueOptions, JobHandler, JobQueue } from "./job-queue";
import { consoleQueueLogger, logJobFailure, type QueueLogger } from "./queue-logger";
import { defaultBackoffBaseMs, defaultMaxAttempts, retryDelayMs } from "./retry-policy";

export interface BullmqJobQueueOptions {
  redisUrl: string;
  /** Namespaces every Redis key, so several deployments or test runs can share one Redis. */
  prefix?: string;
  /** Handlers running at once per job name in this process. */
  concurrency?: number;
  logger?: QueueLogger;
  /** Retry n waits backoffBaseMs·2^n (see retry-policy). */
  backoffBaseMs?: number;
}

/** Names the worker's backoffStrategy, so BullMQ retries on the same schedule as the database queue. */
const retryBackoffType = "hirefolio-exponential";

/**
 * BullMQ rejects ':' in queue names and custom job ids (it separates its Redis keys); job names and dedupe keys
 * such as "interview:42" need it. Escaping '%' first keeps the mapping one-to-one.
 */
function withoutColons(value: string): string {
  return value.replaceAll("%", "%25").replaceAll(":", "%3A");
}

function dedupeJobId(dedupeKey: string): string {
  return `dedupe-${withoutColons(dedupeKey)}`;
}

/** States of a job that has not started; BullMQ's remove() would also delete finished jobs, which must stay. */
const notStartedStates = new Set(["waiting", "delayed", "prioritized", "waiting-children"]);

/** The BullMQ queue that holds jobs of this name (one queue per name, so workers scale per job type). */
export function bullmqQueueName(jobName: string): string {
  return withoutColons(jobName);
}

/** The queue used when REDIS_URL is set; workers usually run in their own process (`npm run worker`). */
export class BullmqJobQueue implements JobQueue {
  readonly kind = "bullmq";
  private readonly redisUrl: string;
  private readonly prefix: string;
  private readonly concurrency: number;
  private readonly logger: QueueLogger;
  private readonly backoffBaseMs: number;
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  // Opened on first use, so a process that never enqueues or works holds no Redis connection.
  private connection?: Redis;
  private workerConnection?: Redis;
  private started = false;
  private closing?: Promise<void>;

  constructor(options: BullmqJobQueueOptions) {
    this.redisUrl = options.redisUrl;
    this.prefix = options.prefix ?? "hirefolio";
    this.concurrency = options.concurrency ?? 4;
    this.logger = options.logger ?? consoleQueueLogger;
    this.backoffBaseMs = options.backoffBaseMs ?? defaultBackoffBaseMs;
  }

  async enqueue<P>(name: string, payload: P, options: EnqueueOptions = {}) {
    const queue = this.queueFor(name);
    const id = options.dedupeKey === undefined ? randomUUID() : dedupeJobId(options.dedupeKey);
    // add() with an existing id is a no-op but looks like success, so ask first. Two enqueues racing here may
    // both report deduplicated: false; Redis still stores one job.
    if (options.dedupeKey !== undefined && (await queue.getJobState(id)) !== "unknown") {
      return { id, deduplicated: true };
    }
    await queue.add(name, payload, {
      jobId: id,
      delay: options.runAt ? Math.max(0, options.runAt.getTime() - Date.now()) : undefined,
      attempts: options.maxAttempts ?? defaultMaxAttempts,
      backoff: { type: retryBackoffType },
    });
    return { id, deduplicated: false };
  }

  async cancel(name: string, dedupeKey: string): Promise<boolean> {
    const queue = this.queueFor(name);
    const id = dedupeJobId(dedupeKey);
    if (!notStartedStates.has(await queue.getJobState(id))) return false;
    // remove() refuses a job a worker has locked meanwhile (returns 0), so a job that just started runs to its end.
    return (await queue.remove(id)) === 1;
  }

  register<P>(name: string, handler: JobHandler<P>): void {
    if (this.handlers.has(name)) throw new Error(`a handler for job ${name} is already registered`);
    this.handlers.set(name, handler as JobHandler<unknown>);
    if (this.started) this.startWorker(name, handler as JobHandler<unknown>);
  }

  async startWorkers(): Promise<void> {
    if (this.started) return;
    this.started = true;
    for (const [name, handler] of this.handlers) this.startWorker(name, handler);
  }

  close(): Promise<void> {
    this.closing ??= this.closeAll();
    return this.closing;
  }

  async check(): Promise<void> {
    await this.redis().ping();
  }

  private async closeAll(): Promise<void> {
    // Worker.close() waits for running handlers; queues and connections go after, since workers use them.
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    // Nothing is in flight any more; disconnect() rather than quit() also returns when Redis is unreachable.
    this.connection?.disconnect();
    this.workerConnection?.disconnect();
  }

  private startWorker(name: string, handler: JobHandler<unknown>): void {
    const worker = new Worker(
      bullmqQueueName(name),
      async (job) => {
        const context = { jobId: job.id ?? "", attempt: job.attemptsStarted };
        try {
          await handler(job.data, context);
        } catch (error) {
          logJobFailure(this.logger, { name, ...context, maxAttempts: job.opts.attempts ?? 1 }, error);
          throw error;
        }
      },
      {
        connection: this.workerRedis(),
        prefix: this.prefix,
        concurrency: this.concurrency,
        settings: { backoffStrategy: (attemptsMade) => retryDelayMs(attemptsMade, this.backoffBaseMs) },
      },
    );
    worker.on("error", (error) => this.logger.error({ err: error, job: name }, "job worker error"));
    this.workers.push(worker);
  }

  private queueFor(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(bullmqQueueName(name), { connection: this.redis(), prefix: this.prefix });
      queue.on("error", (error) => this.logger.error({ err: error, job: name }, "job queue error"));
      this.queues.set(name, queue);
    }
    return queue;
  }

  private redis(): Redis {
    this.connection ??= this.connect({});
    return this.connection;
  }

  /** BullMQ's workers block on Redis and require maxRetriesPerRequest: null on their connection. */
  private workerRedis(): Redis {
    this.workerConnection ??= this.connect({ maxRetriesPerRequest: null });
    return this.workerConnection;
  }

  private connect(options: RedisOptions): Redis {
    const redis = new Redis(this.redisUrl, options);
    // ioredis reconnects by itself; without a listener every failed attempt would also print an unhandled error.
    redis.on("error", (error) => this.logger.warn({ err: error }, "redis connection error"));
    return redis;
  }
}
