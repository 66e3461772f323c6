import type { DatabaseHandle } from "@hirefolio/db";
import type { Redis } from "ioredis";
import type { Config } from "./config";
import type { AiProvider } from "./platform/ai/ai-provider";
import type { Cache } from "./platform/cache/cache";
import type { Clock } from "./platform/clock";
import type { Mailer } from "./platform/mail/mailer";
import type { JobQueue } from "./platform/queue/job-queue";
import type { StorageDriver } from "./platform/storage/storage-driver";

/** Everything the app talks to, opened once at start-up (server.ts) or by a test. */
export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  queue: JobQueue;
  cache: Cache;
  storage: StorageDriver;
  mailer: Mailer;
  ai: AiProvider;
  clock: Clock;
  /** Prefix of this deployment's keys in Redis (queues, cache, rate limits); tests isolate by it. */
  namespace: string;
  /** Shared Redis connection for rate limits, present when REDIS_URL is set. */
  redis?: Redis;
}
