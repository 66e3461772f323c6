import type { AppDeps } from "../../app-deps";
import { createVideoIntroService, type VideoIntroService } from "./video-intro-service";
import { registerVideoIntroJobs } from "./video-process-job";

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

/** The processing job; the API (local queue) and the worker each register it. */
export function registerVideoJobs(deps: AppDeps) {
  registerVideoIntroJobs({ db: deps.database.db, clock: deps.clock, storage: deps.storage, queue: deps.queue });
}
