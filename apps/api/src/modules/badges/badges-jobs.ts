import type { AppDeps } from "../../app-deps";
import type { JobQueue } from "../../platform/queue/job-queue";
import { type BadgesService, createBadgesService } from "./badges-service";
import { createCredentialSigner } from "./credential-signer";

const badgeEvaluationJob = "badges.evaluate";

/** The badges service on the app's adapters; the API and the worker each build one. */
export function badgesServiceFor(deps: AppDeps): BadgesService {
  const db = deps.database.db;
  return createBadgesService({
    db,
    clock: deps.clock,
    signer: createCredentialSigner({ db, configuredPrivateJwk: deps.config.SIGNING_KEY_PRIVATE_JWK }),
    publicUrl: deps.config.PUBLIC_URL,
  });
}

/**
 * Asks for the user's badges to be evaluated soon: other modules call this after activity a badge rule reads
 * (an application, a booked interview, a ready video…) so their request never waits for signing.
 */
export function enqueueBadgeEvaluation(queue: JobQueue, userId: string) {
  return queue.enqueue(badgeEvaluationJob, { userId });
}

export function registerBadgeJobs(queue: JobQueue, badges: BadgesService) {
  queue.register<{ userId: string }>(badgeEvaluationJob, async ({ userId }) => {
    await badges.evaluate(userId);
  });
}
