import type { DatabaseHandle } from "@hirefolio/db";
import { BullmqJobQueue } from "./bullmq-job-queue";
import { DbJobQueue } from "./db-job-queue";
import type { JobQueue } from "./job-queue";
import type { QueueLogger } from "./queue-logger";

export interface JobQueueSettings {
  /** REDIS_URL: set, jobs go to BullMQ; unset, to the queued_job table. */
  redisUrl?: string;
  database: DatabaseHandle;
  logger?: QueueLogger;
  /** Namespaces BullMQ's Redis keys (default "hirefolio"); the database queue needs none. */
  prefix?: string;
}

/** Picks the job backend once, at startup, so services only ever see the JobQueue interface. */
export function createJobQueue({ redisUrl, database, logger, prefix }: JobQueueSettings): JobQueue {
  return redisUrl ? new BullmqJobQueue({ redisUrl, prefix, logger }) : new DbJobQueue({ database, logger });
}
