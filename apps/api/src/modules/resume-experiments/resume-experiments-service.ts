import type { Db } from "@hirefolio/db";
import type { CreateExperiment, Experiment, ExperimentResults, PageQuery } from "@hirefolio/shared";
import type { SessionUser } from "../../http/auth-guard";
import { decodeCursor, toPage } from "../../http/cursor";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { BillingService } from "../billing/billing-service";
import { ensureShareLink } from "../resume-sharing/resume-sharing-service";
import { findResume } from "../resumes/resumes-repo";
import { buildResults, daysBetween } from "./experiment-results";
import { countEventsByDay } from "./resume-events-repo";
import * as repo from "./resume-experiments-repo";

const variantLabels = ["A", "B", "C", "D"];
/** The chart covers at most this many days back from the end, so an old experiment stays one small response. */
const timelineDays = 180;
const dayMs = 86_400_000;

export function createResumeExperimentsService(deps: {
  db: Db;
  clock: Clock;
  billing: Pick<BillingService, "assertWithin">;
}) {
  const { db, clock } = deps;

  async function withVariants(rows: repo.ExperimentRow[]): Promise<Experiment[]> {
    if (rows.length === 0) return [];
    const variants = await repo.listVariants(
      db,
      rows.map((row) => row.id),
    );
    return rows.map((row) => ({
      ...row,
      variants: variants.filter((v) => v.experimentId === row.id).map(({ experimentId: _, ...variant }) => variant),
    }));
  }

  /** Only the owner sees an experiment; to anyone else it does not exist. */
  async function loadOwned(user: SessionUser, experimentId: string) {
    const row = await repo.findExperiment(db, experimentId, user.id);
    if (!row) throw problems.notFound("Experiment");
    return (await withVariants([row]))[0] as Experiment;
  }

  return {
    async list(user: SessionUser, query: PageQuery) {
      const rows = await repo.listExperiments(db, user.id, { limit: query.limit, cursor: decodeCursor(query.cursor) });
      const page = toPage(rows, query.limit, (row) => row);
      return { ...page, items: await withVariants(page.items) };
    },

    get: loadOwned,

    /** Every variant must be the caller's resume; each gets a tracked share link if it has no working one. */
    async create(user: SessionUser, input: CreateExperiment) {
      await deps.billing.assertWithin(user, "experiments");
      const id = crypto.randomUUID();
      const now = clock.now();
      await db.transaction(async (tx) => {
        for (const resumeId of input.resumeIds) {
          if (!(await findResume(tx, resumeId, user.id))) throw problems.notFound("Resume");
        }
        await repo.insertExperiment(tx, { id, ownerId: user.id, name: input.name, goal: input.goal, now });
        const variants = input.resumeIds.map((resumeId, position) => ({
          experimentId: id,
          resumeId,
          label: variantLabels[position] as string,
          position,
        }));
        await repo.insertVariants(tx, variants);
        for (const variant of variants) {
          await ensureShareLink(tx, variant.resumeId, `${input.name.slice(0, 60)} · ${variant.label}`, now);
        }
      });
      return loadOwned(user, id);
    },

    async rename(user: SessionUser, experimentId: string, name: string) {
      if (!(await repo.renameExperiment(db, experimentId, user.id, name))) throw problems.notFound("Experiment");
      return loadOwned(user, experimentId);
    },

    /** An ended experiment keeps its results; events after the end no longer count. */
    async end(user: SessionUser, experimentId: string) {
      await loadOwned(user, experimentId);
      await repo.endExperiment(db, experimentId, user.id, clock.now());
      return loadOwned(user, experimentId);
    },

    async remove(user: SessionUser, experimentId: string) {
      if (!(await repo.deleteExperiment(db, experimentId, user.id))) throw problems.notFound("Experiment");
    },

    async results(user: SessionUser, experimentId: string): Promise<ExperimentResults> {
      const experiment = await loadOwned(user, experimentId);
      if (experiment.variants.length < 2) {
        throw problems.unprocessable(
          "experiment-incomplete",
          "This experiment has fewer than two variants",
          "A variant's resume was deleted, so there is nothing left to compare; start a new experiment.",
        );
      }
      const from = new Date(experiment.createdAt);
      const to = experiment.endedAt ? new Date(experiment.endedAt) : clock.now();
      const events = await countEventsByDay(
        db,
        experiment.variants.map((v) => v.resumeId),
        { from, to: new Date(to.getTime() + 1) },
      );
      const firstDay = new Date(Math.max(from.getTime(), to.getTime() - (timelineDays - 1) * dayMs));
      return buildResults({ experiment, variants: experiment.variants, events, days: daysBetween(firstDay, to) });
    },
  };
}

export type ResumeExperimentsService = ReturnType<typeof createResumeExperimentsService>;
