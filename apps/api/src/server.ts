import { runMigrations } from "@hirefolio/db";
import { buildApp } from "./app";
import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logger";
import { logFfmpegStatus } from "./modules/video-intro/ffmpeg-status";
import { closeAdapters, openAdapters } from "./platform/open-adapters";
import { seedDemoIfEmpty } from "./seed/demo-seed";

async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  const deps = await openAdapters(config, { logger });
  await runMigrations(deps.database);
  const app = await buildApp(deps, { logger });

  const runWorkers = deps.queue.kind === "local" || config.RUN_WORKERS_IN_API;
  if (runWorkers) {
    await deps.queue.startWorkers();
    // Only a process that runs jobs transcodes; an API behind BullMQ workers needs no ffmpeg.
    await logFfmpegStatus(logger);
  } else logger.info("BullMQ queue: run `npm run worker` to process jobs");
  if (config.SEED_DEMO) await seedDemoIfEmpty(app, deps, (line) => console.log(line));

  await app.listen({ host: config.HOST, port: config.PORT });
  // Builds the ATS phrase index in the background so the first analysis does not wait for it.
  app.warmUp().catch((error: Error) => logger.warn(`warm-up failed: ${error.message}`));
  logger.info(
    `Hirefolio API on :${config.PORT} (db ${deps.database.kind}, queue ${deps.queue.kind}, cache ${deps.cache.kind}, storage ${deps.storage.kind}, mail ${deps.mailer.kind}, ai ${deps.ai.kind})`,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info(`${signal}: shutting down`);
    await app.close();
    await closeAdapters(deps);
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
