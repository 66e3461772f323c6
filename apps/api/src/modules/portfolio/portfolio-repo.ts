import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import type { PortfolioTheme, PortfolioVisibility } from "@hirefolio/shared";
import { asc, eq, sql } from "drizzle-orm";

const { portfolio, user, candidateProfile, member } = schema;

const settingsColumns = {
  userId: portfolio.userId,
  handle: portfolio.handle,
  theme: portfolio.theme,
  visibility: portfolio.visibility,
  unlistedToken: portfolio.unlistedToken,
  bio: portfolio.bio,
  githubUsername: portfolio.githubUsername,
  linkedinUrl: portfolio.linkedinUrl,
  websiteUrl: portfolio.websiteUrl,
  githubStats: portfolio.githubStats,
  updatedAt: isoTimestamp(portfolio.updatedAt),
};
export type PortfolioRow = Awaited<ReturnType<typeof findPortfolio>> & {};

export async function findPortfolio(db: DbOrTx, userId: string) {
  const [row] = await db.select(settingsColumns).from(portfolio).where(eq(portfolio.userId, userId)).limit(1);
  return row;
}

export async function handleTaken(db: DbOrTx, handle: string) {
  const [row] = await db.select({ userId: portfolio.userId }).from(portfolio).where(eq(portfolio.handle, handle));
  return row !== undefined;
}

/** Inserts unless the user already has one; false when the handle was taken meanwhile (unique index). */
export async function insertPortfolio(
  db: DbOrTx,
  values: { userId: string; handle: string; unlistedToken: string; now: Date },
): Promise<"created" | "exists" | "handle-taken"> {
  const { now, ...rest } = values;
  try {
    const rows = await db
      .insert(portfolio)
      .values({ ...rest, createdAt: now, updatedAt: now })
      .onConflictDoNothing({ target: portfolio.userId })
      .returning({ userId: portfolio.userId });
    return rows.length > 0 ? "created" : "exists";
  } catch (error) {
    if (isUniqueViolation(error)) return "handle-taken";
    throw error;
  }
}

export async function updatePortfolio(
  db: DbOrTx,
  userId: string,
  values: Partial<{
    handle: string;
    theme: PortfolioTheme;
    visibility: PortfolioVisibility;
    unlistedToken: string;
    bio: string;
    githubUsername: string | null;
    linkedinUrl: string | null;
    websiteUrl: string | null;
  }>,
  now: Date,
): Promise<"updated" | "handle-taken"> {
  try {
    await db
      .update(portfolio)
      .set({ ...values, updatedAt: now })
      .where(eq(portfolio.userId, userId));
    return "updated";
  } catch (error) {
    if (isUniqueViolation(error)) return "handle-taken";
    throw error;
  }
}

/** PostgreSQL and PGlite both report a unique violation as SQLSTATE 23505, possibly wrapped by drizzle. */
function isUniqueViolation(error: unknown): boolean {
  for (let current = error; current instanceof Error || typeof current === "object"; ) {
    if (!current) return false;
    if ((current as { code?: string }).code === "23505") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** A portfolio by its address, with what the page says about its owner. */
export async function findPortfolioByHandle(db: DbOrTx, handle: string) {
  const [row] = await db
    .select({
      ...settingsColumns,
      name: user.name,
      image: user.image,
      headline: sql<string>`coalesce(${candidateProfile.headline}, '')`,
      location: sql<string>`coalesce(${candidateProfile.location}, '')`,
    })
    .from(portfolio)
    .innerJoin(user, eq(user.id, portfolio.userId))
    .leftJoin(candidateProfile, eq(candidateProfile.userId, portfolio.userId))
    .where(eq(portfolio.handle, handle))
    .limit(1);
  return row;
}

/** The employer a signed-in viewer belongs to (their earliest membership), for employer-viewer analytics. */
export async function findViewerOrganization(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ organizationId: member.organizationId })
    .from(member)
    .where(eq(member.userId, userId))
    .orderBy(asc(member.createdAt))
    .limit(1);
  return row?.organizationId;
}

/**
 * Marks the page changed after any edit of its projects, media or snippets: the public read caches the page's
 * content under this timestamp, so a new one makes the next visitor see the edit.
 */
export async function touchPortfolio(db: DbOrTx, userId: string, now: Date) {
  await db.update(portfolio).set({ updatedAt: now }).where(eq(portfolio.userId, userId));
}
