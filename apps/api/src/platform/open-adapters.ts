import path from "node:path";
import { type DatabaseHandle, openDatabase } from "@hirefolio/db";
import { Redis } from "ioredis";
import type { AppDeps } from "../app-deps";
import type { Config } from "../config";
import { createAiProvider } from "./ai/create-ai-provider";
import { createCache } from "./cache/create-cache";
import { systemClock } from "./clock";
import { createMailer } from "./mail/create-mailer";
import { createJobQueue } from "./queue/create-job-queue";
import type { QueueLogger } from "./queue/queue-logger";
import { createStorage } from "./storage/create-storage";

/** Picks every adapter once from the config; nothing else in the app looks at the environment. */
export async function openAdapters(
  config: Config,
  options: { logger?: QueueLogger; database?: DatabaseHandle; namespace?: string } = {},
): Promise<AppDeps> {
  const { logger, namespace = config.REDIS_PREFIX } = options;
  const database =
    options.database ??
    (await openDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATABASE_URL ? undefined : path.join(config.DATA_DIR, "pg"),
      poolSize: config.DATABASE_POOL_SIZE,
    }));
  const redis = config.REDIS_URL
    ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3, lazyConnect: false })
    : undefined;
  return {
    config,
    database,
    redis,
    namespace,
    clock: systemClock,
    queue: createJobQueue({ redisUrl: config.REDIS_URL, database, logger, prefix: namespace }),
    cache: createCache(config, namespace),
    storage: createStorage(config),
    mailer: createMailer(config, database.db),
    ai: createAiProvider(config),
  };
}

export async function closeAdapters(deps: AppDeps) {
  await deps.queue.close();
  await deps.cache.close();
  await deps.mailer.close();
  deps.redis?.disconnect();
  await deps.database.close();
}
