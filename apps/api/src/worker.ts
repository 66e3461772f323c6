import { registerJobHandlers } from "./app";
import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logger";
import { logFfmpegStatus } from "./modules/video-intro/ffmpeg-status";
import { closeAdapters, openAdapters } from "./platform/open-adapters";

/** Worker process for BullMQ: scale it separately from the API. Migrations are the API's job. */
async function main() {
  const config = loadConfig();
  if (!config.REDIS_URL) {
    throw new ConfigError("REDIS_URL: required for `npm run worker`; without it the API processes jobs itself.");
  }
  if (!config.DATABASE_URL) {
    throw new ConfigError("DATABASE_URL: required for `npm run worker`; the embedded database allows one process.");
  }
  const logger = createLogger(config);
  const deps = await openAdapters(config, { logger });
  registerJobHandlers(deps);
  await deps.queue.startWorkers();
  await logFfmpegStatus(logger);
  logger.info("Hirefolio worker started");
  const shutdown = async () => {
    await closeAdapters(deps);
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
