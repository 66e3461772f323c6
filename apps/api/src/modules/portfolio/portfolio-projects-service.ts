import type { DbOrTx } from "@hirefolio/db";
import {
  type CreateProject,
  type Project,
  projectDatesInOrder,
  type Reorder,
  type UpdateProject,
} from "@hirefolio/shared";
import { renderMarkdown } from "../../engines/portfolio/markdown-policy";
import type { SessionUser } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import { mediaKeysOfProject } from "./portfolio-media-repo";
import type { PortfolioMediaService } from "./portfolio-media-service";
import * as repo from "./portfolio-projects-repo";
import { touchPortfolio } from "./portfolio-repo";
import type { PortfolioActivity } from "./portfolio-service";

export const toProject = (row: repo.ProjectRow): Project => ({
  ...row,
  descriptionHtml: renderMarkdown(row.description),
});

export function createPortfolioProjectsService(deps: {
  db: DbOrTx;
  clock: Clock;
  media: PortfolioMediaService;
  onActivity?: PortfolioActivity;
}) {
  const { db, clock } = deps;

  return {
    async list(user: SessionUser) {
      return { items: (await repo.listProjects(db, user.id)).map(toProject) };
    },

    async get(user: SessionUser, projectId: string) {
      const row = await repo.findProject(db, user.id, projectId);
      if (!row) throw problems.notFound("Project");
      return toProject(row);
    },

    async create(user: SessionUser, input: CreateProject) {
      const row = await repo.insertProject(db, user.id, input, clock.now());
      await touchPortfolio(db, user.id, clock.now());
      await deps.onActivity?.(user.id, "project");
      return toProject(row);
    },

    async update(user: SessionUser, projectId: string, input: UpdateProject) {
      const current = await repo.findProject(db, user.id, projectId);
      if (!current) throw problems.notFound("Project");
      const startDate = input.startDate === undefined ? current.startDate : input.startDate;
      const endDate = input.endDate === undefined ? current.endDate : input.endDate;
      if (!projectDatesInOrder(startDate, endDate)) {
        throw problems.badRequest("The end date is before the start date.", [
          { field: "endDate", message: "The end date is before the start date" },
        ]);
      }
      const row = await repo.updateProject(db, user.id, projectId, input, clock.now());
      if (!row) throw problems.notFound("Project");
      await touchPortfolio(db, user.id, clock.now());
      return toProject(row);
    },

    /** The project's media rows go with it (cascade); their stored files are removed here. */
    async remove(user: SessionUser, projectId: string) {
      const keys = await mediaKeysOfProject(db, user.id, projectId);
      if (!(await repo.deleteProject(db, user.id, projectId))) throw problems.notFound("Project");
      await touchPortfolio(db, user.id, clock.now());
      await deps.media.deleteObjects(keys);
    },

    async reorder(user: SessionUser, input: Reorder) {
      const current = await repo.listProjects(db, user.id);
      const mine = new Set(current.map((project) => project.id));
      const given = new Set(input.ids);
      if (given.size !== input.ids.length || given.size !== mine.size || input.ids.some((id) => !mine.has(id))) {
        throw problems.badRequest("List each of your projects exactly once.", [
          { field: "ids", message: `Expected the ${mine.size} ids of your projects, each once` },
        ]);
      }
      await repo.setProjectPositions(db, user.id, input.ids);
      await touchPortfolio(db, user.id, clock.now());
      return { items: (await repo.listProjects(db, user.id)).map(toProject) };
    },
  };
}

export type PortfolioProjectsService = ReturnType<typeof createPortfolioProjectsService>;
