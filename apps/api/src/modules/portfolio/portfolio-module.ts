import type { Db } from "@hirefolio/db";
import type { Cache } from "../../platform/cache/cache";
import type { Clock } from "../../platform/clock";
import type { StorageDriver } from "../../platform/storage/storage-driver";
import { createPortfolioMediaService } from "./portfolio-media-service";
import { createPortfolioProjectsService } from "./portfolio-projects-service";
import type { PortfolioServices } from "./portfolio-routes";
import { createPortfolioService, type PortfolioActivity, type PortfolioSections } from "./portfolio-service";
import { createPortfolioSnippetsService } from "./portfolio-snippets-service";
import { loadHighlighter } from "./snippet-highlighter";

/** The portfolio's services over one set of adapters; `sections` plug in the parts other modules own. */
export function createPortfolioServices(deps: {
  db: Db;
  clock: Clock;
  cache: Cache;
  storage: StorageDriver;
  visitorSalt: string;
  sections?: PortfolioSections;
  onActivity?: PortfolioActivity;
}): PortfolioServices & { warmUp: () => Promise<void> } {
  const media = createPortfolioMediaService(deps);
  return {
    portfolio: createPortfolioService({ ...deps, media }),
    projects: createPortfolioProjectsService({ ...deps, media }),
    media,
    snippets: createPortfolioSnippetsService(deps),
    warmUp: async () => {
      await loadHighlighter();
    },
  };
}
