import type { DbOrTx } from "@hirefolio/db";
import type { CreateSnippet, Snippet, UpdateSnippet } from "@hirefolio/shared";
import { normaliseHighlightLines } from "../../engines/portfolio/snippet-lines";
import type { SessionUser } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import { projectExists } from "./portfolio-projects-repo";
import { touchPortfolio } from "./portfolio-repo";
import * as repo from "./portfolio-snippets-repo";
import { highlightSnippet } from "./snippet-highlighter";

// Only whitelisted languages are stored (the contract checks), so the stored text is always one of them.
export const toSnippet = (row: repo.SnippetRow) => row as Snippet;

export function createPortfolioSnippetsService(deps: { db: DbOrTx; clock: Clock }) {
  const { db, clock } = deps;

  /** Checks the project and the lines against the code, and renders once here so reads never highlight. */
  async function prepare(userId: string, input: Omit<repo.SnippetValues, "html">): Promise<repo.SnippetValues> {
    if (input.projectId && !(await projectExists(db, userId, input.projectId))) throw problems.notFound("Project");
    const lines = normaliseHighlightLines(input.highlightLines, input.code);
    if ("problem" in lines)
      throw problems.badRequest(lines.problem, [{ field: "highlightLines", message: lines.problem }]);
    const html = await highlightSnippet(input.code, input.language, lines.lines);
    return { ...input, highlightLines: lines.lines, html };
  }

  return {
    async list(user: SessionUser) {
      return { items: (await repo.listSnippets(db, user.id)).map(toSnippet) };
    },

    async get(user: SessionUser, snippetId: string) {
      const row = await repo.findSnippet(db, user.id, snippetId);
      if (!row) throw problems.notFound("Snippet");
      return toSnippet(row);
    },

    async create(user: SessionUser, input: CreateSnippet) {
      const row = await repo.insertSnippet(db, user.id, await prepare(user.id, input), clock.now());
      await touchPortfolio(db, user.id, clock.now());
      return toSnippet(row);
    },

    async update(user: SessionUser, snippetId: string, input: UpdateSnippet) {
      const current = await repo.findSnippet(db, user.id, snippetId);
      if (!current) throw problems.notFound("Snippet");
      const { id: _id, position: _position, updatedAt: _updatedAt, html: _html, ...values } = current;
      const row = await repo.updateSnippet(
        db,
        user.id,
        snippetId,
        await prepare(user.id, { ...values, ...input }),
        clock.now(),
      );
      if (!row) throw problems.notFound("Snippet");
      await touchPortfolio(db, user.id, clock.now());
      return toSnippet(row);
    },

    async remove(user: SessionUser, snippetId: string) {
      if (!(await repo.deleteSnippet(db, user.id, snippetId))) throw problems.notFound("Snippet");
      await touchPortfolio(db, user.id, clock.now());
    },
  };
}

export type PortfolioSnippetsService = ReturnType<typeof createPortfolioSnippetsService>;
