import { type DbOrTx, schema } from "@hirefolio/db";
import type { GithubStats } from "@hirefolio/shared";
import { and, eq } from "drizzle-orm";

const { portfolio } = schema;

/** The cached figures plus the ETags of the two responses they came from, for conditional requests next time. */
export type CachedGithubStats = GithubStats & { etags: { user: string | null; repos: string | null } };

export async function loadGithubState(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      username: portfolio.githubUsername,
      stats: portfolio.githubStats,
      fetchedAt: portfolio.githubFetchedAt,
    })
    .from(portfolio)
    .where(eq(portfolio.userId, userId))
    .limit(1);
  return row && { ...row, stats: row.stats as CachedGithubStats | null };
}

/**
 * Stores figures fetched for `username`, unless the owner changed the username while they were fetched: then a
 * newer job is on its way and these figures belong to nobody.
 */
export async function saveGithubStats(
  db: DbOrTx,
  values: { userId: string; username: string; stats: CachedGithubStats; fetchedAt: Date },
) {
  await db
    .update(portfolio)
    .set({ githubStats: { ...values.stats }, githubFetchedAt: values.fetchedAt })
    .where(and(eq(portfolio.userId, values.userId), eq(portfolio.githubUsername, values.username)));
}

export async function clearGithubStats(db: DbOrTx, userId: string) {
  await db.update(portfolio).set({ githubStats: null, githubFetchedAt: null }).where(eq(portfolio.userId, userId));
}
