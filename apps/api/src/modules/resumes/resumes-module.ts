import type { AppDeps } from "../../app-deps";
import type { RouteDeps, ZodApp } from "../../http/route-context";
import { registerResumeRoutes } from "./resumes-routes";
import { createResumesService } from "./resumes-service";

/** Everything app.ts needs for resumes: builds the service and registers its routes. */
export function registerResumeModule(app: ZodApp, routeDeps: RouteDeps, deps: AppDeps) {
  registerResumeRoutes(app, routeDeps, createResumesService({ db: deps.database.db, clock: deps.clock }));
}
