import { readFileSync } from "node:fs";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyBaseLogger, LogController } from "fastify";
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "./app-deps";
import { registerAuthRoutes } from "./auth/auth-routes";
import { createAuth } from "./auth/create-auth";
import { SessionMemo } from "./auth/session-memo";
import { createAuthGuards } from "./http/auth-guard";
import { createCrossOriginGuard } from "./http/cross-origin-guard";
import { registerErrorHandling } from "./http/error-handler";
import { fastSerializerCompiler } from "./http/fast-serializer";
import { HttpProblem } from "./http/problem";
import type { RouteDeps } from "./http/route-context";
import { registerApplicationRoutes } from "./modules/applications/applications-routes";
import { createApplicationsService } from "./modules/applications/applications-service";
import { registerAtsRoutes } from "./modules/ats/ats-routes";
import { createAtsService } from "./modules/ats/ats-service";
import { badgesServiceFor, enqueueBadgeEvaluation, registerBadgeJobs } from "./modules/badges/badges-jobs";
import { registerBadgeRoutes } from "./modules/badges/badges-routes";
import { registerCredentialRoutes } from "./modules/badges/credentials-routes";
import { createBillingModule, planGuardFor } from "./modules/billing/billing-module";
import { registerBillingRoutes } from "./modules/billing/billing-routes";
import { registerCareerRoutes } from "./modules/career/career-routes";
import { createCareerService } from "./modules/career/career-service";
import { registerCareerChatRoutes } from "./modules/career-chat/career-chat-routes";
import { createCareerChatService } from "./modules/career-chat/career-chat-service";
import { warmUpCoach } from "./modules/career-chat/coach-warm-up";
import { registerJobSearchRoutes } from "./modules/career-job-search/job-search-routes";
import { createJobSearchService } from "./modules/career-job-search/job-search-service";
import { registerDevOutboxRoutes } from "./modules/dev-outbox/dev-outbox-routes";
import { registerEmployerRoutes } from "./modules/employers/employers-routes";
import { createEmployersService } from "./modules/employers/employers-service";
import { registerFileRoutes } from "./modules/files/files-routes";
import { registerGithubStatsRoutes } from "./modules/github-stats/github-stats-routes";
import {
  enqueueGithubStats,
  githubStatsServiceFor,
  registerGithubStatsJobs,
} from "./modules/github-stats/github-stats-service";
import { registerHealthRoutes } from "./modules/health/health-routes";
import { createHealthService } from "./modules/health/health-service";
import { registerJobRoutes } from "./modules/jobs/jobs-routes";
import { createJobsService } from "./modules/jobs/jobs-service";
import { registerMailJobs } from "./modules/mail/mail-jobs";
import { registerMetricsJobs, scheduleMetricsRollup } from "./modules/metrics/metrics-jobs";
import { registerMetricsRoutes } from "./modules/metrics/metrics-routes";
import { createMetricsService } from "./modules/metrics/metrics-service";
import { registerPortfolioAnalyticsRoutes } from "./modules/portfolio/portfolio-analytics-routes";
import { createPortfolioAnalyticsService } from "./modules/portfolio/portfolio-analytics-service";
import { createPortfolioServices } from "./modules/portfolio/portfolio-module";
import { registerPortfolioPublicEventRoutes } from "./modules/portfolio/portfolio-public-events-routes";
import { createPortfolioPublicEventsService } from "./modules/portfolio/portfolio-public-events-service";
import { registerPortfolioRoutes } from "./modules/portfolio/portfolio-routes";
import { registerAvatarRoutes } from "./modules/profiles/avatar-routes";
import { createAvatarService } from "./modules/profiles/avatar-service";
import { registerProfileRoutes } from "./modules/profiles/profiles-routes";
import { createProfilesService } from "./modules/profiles/profiles-service";
import { registerResumeExperimentRoutes } from "./modules/resume-experiments/resume-experiments-routes";
import { createResumeExperimentsService } from "./modules/resume-experiments/resume-experiments-service";
import { registerResumeExportRoutes } from "./modules/resume-export/resume-export-routes";
import { registerResumeImportRoutes } from "./modules/resume-import/resume-import-routes";
import { registerResumeSharingRoutes } from "./modules/resume-sharing/resume-sharing-routes";
import { createResumeSharingService } from "./modules/resume-sharing/resume-sharing-service";
import { registerResumeSuggestionRoutes } from "./modules/resume-suggestions/resume-suggestions-routes";
import { createResumeSuggestionsService } from "./modules/resume-suggestions/resume-suggestions-service";
import { registerResumeRoutes } from "./modules/resumes/resumes-routes";
import { createResumesService } from "./modules/resumes/resumes-service";
import { registerSchedulingJobs } from "./modules/scheduling/scheduling-jobs";
import { registerSchedulingRoutes } from "./modules/scheduling/scheduling-routes";
import { approvedTestimonials } from "./modules/testimonials/testimonials-repo";
import { registerTestimonialRoutes } from "./modules/testimonials/testimonials-routes";
import { createTestimonialsService } from "./modules/testimonials/testimonials-service";
import { registerVideoJobs, videoIntroServiceFor } from "./modules/video-intro/video-intro-module";
import { registerVideoIntroRoutes } from "./modules/video-intro/video-intro-routes";
import { registerVideoUploadRoutes } from "./modules/video-intro/video-upload-routes";

const version: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

/** Registers the job handlers of every module; the API (local queue) and worker.ts both call it. */
export function registerJobHandlers(deps: AppDeps) {
  registerMailJobs(deps.queue, deps.mailer);
  registerSchedulingJobs(deps);
  registerBadgeJobs(deps.queue, badgesServiceFor(deps));
  registerGithubStatsJobs(deps.queue, githubStatsServiceFor(deps));
  registerVideoJobs(deps);
  registerMetricsJobs(deps);
}

export async function buildApp(deps: AppDeps, options: { logger?: FastifyBaseLogger } = {}) {
  const { config } = deps;
  // Calls the app makes to itself (the demo seed) carry this per-process secret: no rate limit, no request logs.
  const internalCallToken = crypto.randomUUID();
  const isInternalCall = (request: { headers: Record<string, unknown> }) =>
    request.headers["x-internal-call"] === internalCallToken;
  const app = Fastify({
    logController: new LogController({ disableRequestLogging: isInternalCall }),
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    trustProxy: "loopback",
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: "x-request-id",
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(fastSerializerCompiler);
  registerErrorHandling(app);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  await app.register(helmet, {
    // The API serves JSON and the docs UI; the docs UI needs its own inline assets.
    contentSecurityPolicy: false,
    crossOriginResourcePolicy: { policy: "same-site" },
  });
  await app.register(rateLimit, {
    allowList: isInternalCall,
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: "1 minute",
    ...(deps.redis ? { redis: deps.redis, nameSpace: `${deps.namespace}:rate-limit:` } : {}),
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(429, "rate-limited", "Too many requests", `Try again in ${context.after}.`, undefined, {
        "retry-after": String(Math.ceil(context.ttl / 1000)),
      }),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Hirefolio API",
        version,
        description: "REST API of Hirefolio. Errors are RFC 9457 problem+json.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "hirefolio.session_token" },
          bearer: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/docs", staticCSP: true });

  app.addHook("preHandler", createCrossOriginGuard([config.PUBLIC_URL]));

  const auth = createAuth(deps);
  const sessionMemo = new SessionMemo();
  const guards = createAuthGuards(auth, sessionMemo);
  const db = deps.database.db;
  const plans = planGuardFor(deps);
  const employers = createEmployersService({ db, auth, clock: deps.clock, seats: plans });
  const jobs = createJobsService({ db, clock: deps.clock, employers });
  const routeDeps: RouteDeps = { deps, guards };
  const billing = createBillingModule(deps, { employers, plans }, app.log);
  registerBillingRoutes(app, routeDeps, billing.service, billing.webhook);

  registerAuthRoutes(app, auth, config, sessionMemo);
  registerHealthRoutes(app, createHealthService(deps, version), {
    google: Boolean(config.GOOGLE_CLIENT_ID),
    microsoft: Boolean(config.MICROSOFT_CLIENT_ID),
  });
  const avatars = createAvatarService({ db, storage: deps.storage });
  registerProfileRoutes(app, routeDeps, {
    profiles: createProfilesService({ db, clock: deps.clock }),
    employers,
    avatars,
  });
  registerAvatarRoutes(app, routeDeps, avatars);
  registerFileRoutes(app, deps.storage, config.SESSION_SECRET, deps.clock);
  registerEmployerRoutes(app, routeDeps, employers);
  registerJobRoutes(app, routeDeps, jobs);
  const applications = createApplicationsService({
    db,
    database: deps.database,
    clock: deps.clock,
    queue: deps.queue,
    employers,
    jobs,
    publicUrl: config.PUBLIC_URL,
  });
  registerApplicationRoutes(app, routeDeps, applications);
  const resumes = createResumesService({ db, clock: deps.clock, templates: plans });
  registerResumeRoutes(app, routeDeps, resumes);
  registerSchedulingRoutes(app, routeDeps);
  registerResumeImportRoutes(app, routeDeps, resumes);
  const ats = createAtsService({ db, clock: deps.clock, cache: deps.cache, resumes });
  registerAtsRoutes(app, routeDeps, ats);
  const career = createCareerService({ resumes });
  registerCareerRoutes(app, routeDeps, career);
  const jobSearch = createJobSearchService({ db, clock: deps.clock, career });
  registerJobSearchRoutes(app, routeDeps, jobSearch);
  const profiles = createProfilesService({ db, clock: deps.clock });
  registerCareerChatRoutes(
    app,
    routeDeps,
    createCareerChatService({
      db,
      clock: deps.clock,
      ai: deps.ai,
      career,
      ats,
      resumes,
      jobSearch,
      profiles,
      billing: billing.service,
    }),
  );
  registerResumeSuggestionRoutes(
    app,
    routeDeps,
    createResumeSuggestionsService({ db, clock: deps.clock, ai: deps.ai, resumes, ats, billing: billing.service }),
  );
  registerResumeExportRoutes(app, routeDeps, resumes);
  const visitorSalt = config.SESSION_SECRET;
  const sharing = createResumeSharingService({ db, clock: deps.clock, resumes, applications, visitorSalt });
  registerResumeSharingRoutes(app, routeDeps, sharing);
  registerResumeExperimentRoutes(
    app,
    routeDeps,
    createResumeExperimentsService({ db, clock: deps.clock, billing: billing.service }),
  );
  const badges = badgesServiceFor(deps);
  const videos = videoIntroServiceFor(deps);
  const portfolio = createPortfolioServices({
    db,
    clock: deps.clock,
    cache: deps.cache,
    storage: deps.storage,
    visitorSalt,
    sections: {
      video: (ownerId) => videos.publicVideoFor(ownerId),
      badges: (ownerId) => badges.earned(ownerId),
      testimonials: (ownerId) => approvedTestimonials(db, ownerId),
    },
    onActivity: (userId, what) =>
      what === "github-username" ? enqueueGithubStats(deps.queue, userId) : enqueueBadgeEvaluation(deps.queue, userId),
  });
  registerPortfolioRoutes(app, routeDeps, portfolio);
  registerPortfolioPublicEventRoutes(
    app,
    routeDeps,
    createPortfolioPublicEventsService({
      db,
      clock: deps.clock,
      visitorSalt,
      publicUrl: config.PUBLIC_URL,
      storage: deps.storage,
    }),
  );
  registerPortfolioAnalyticsRoutes(app, routeDeps, createPortfolioAnalyticsService({ db, clock: deps.clock }));
  registerBadgeRoutes(app, routeDeps, badges);
  registerCredentialRoutes(app, routeDeps, badges);
  registerTestimonialRoutes(
    app,
    routeDeps,
    createTestimonialsService({ db, clock: deps.clock, queue: deps.queue, publicUrl: config.PUBLIC_URL }),
  );
  registerGithubStatsRoutes(app, routeDeps, githubStatsServiceFor(deps));
  registerMetricsRoutes(app, routeDeps, createMetricsService({ db, clock: deps.clock }));
  await registerVideoIntroRoutes(app, routeDeps, videos);
  await registerVideoUploadRoutes(app, routeDeps, videos);
  registerDevOutboxRoutes(app, db, guards, { enabled: deps.mailer.kind === "outbox", public: config.devOutboxPublic });

  registerJobHandlers(deps);
  // Both engines build their indexes in the background at start, so first requests do not wait for them.
  const warmUp = async () => {
    // The coach's warm-up answers from the career index alone, so it starts as soon as that is built.
    const coach = career.warmUp().then(() => warmUpCoach({ db, career, ats, resumes, jobSearch }));
    // The metrics rollup chain starts here, not in buildApp, so test apps do not run it behind their tests.
    await Promise.all([ats.warmUp(), coach, portfolio.warmUp(), scheduleMetricsRollup(deps.queue, deps.clock.now())]);
  };
  return Object.assign(app, { auth, internalCallToken, warmUp });
}

export type App = Awaited<ReturnType<typeof buildApp>>;
