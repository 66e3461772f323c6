import type { AppDeps } from "../../app-deps";
import { createVideoIntroService, type VideoIntroService } from "./video-intro-service";
import { registerVideoIntroJobs } from "./video-process-job";
import { registerUploadExpiryJob } from "./video-upload-expiry";
import { createVideoUploadStore, videoUploadTtlMs } from "./video-upload-store";

/** The video service on the app's adapters; `publicVideoFor` on it feeds the portfolio page. */
export function videoIntroServiceFor(deps: AppDeps): VideoIntroService {
  return createVideoIntroService({
    db: deps.database.db,
    clock: deps.clock,
    storage: deps.storage,
    queue: deps.queue,
    publicUrl: deps.config.PUBLIC_URL,
  });
}

/** The processing and upload-expiry jobs; the API (local queue) and the worker each register them. */
export function registerVideoJobs(deps: AppDeps) {
  const { database, clock, storage, queue, config } = deps;
  registerVideoIntroJobs({ db: database.db, clock, storage, queue });
  registerUploadExpiryJob({ db: database.db, clock, queue, store: createVideoUploadStore(config, videoUploadTtlMs) });
}
