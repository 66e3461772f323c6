import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import { and, asc, eq, sql } from "drizzle-orm";

const { portfolioSnippet } = schema;

const snippetColumns = {
  id: portfolioSnippet.id,
  projectId: portfolioSnippet.projectId,
  position: portfolioSnippet.position,
  title: portfolioSnippet.title,
  language: portfolioSnippet.language,
  code: portfolioSnippet.code,
  highlightLines: portfolioSnippet.highlightLines,
  html: portfolioSnippet.html,
  updatedAt: isoTimestamp(portfolioSnippet.updatedAt),
};
export type SnippetRow = Awaited<ReturnType<typeof listSnippets>>[number];

export interface SnippetValues {
  projectId: string | null;
  title: string;
  language: string;
  code: string;
  highlightLines: number[];
  html: string;
}

const ofUser = (userId: string, snippetId: string) =>
  and(eq(portfolioSnippet.id, snippetId), eq(portfolioSnippet.userId, userId));

export function listSnippets(db: DbOrTx, userId: string) {
  return db
    .select(snippetColumns)
    .from(portfolioSnippet)
    .where(eq(portfolioSnippet.userId, userId))
    .orderBy(asc(portfolioSnippet.position), asc(portfolioSnippet.createdAt));
}

export async function findSnippet(db: DbOrTx, userId: string, snippetId: string) {
  const [row] = await db.select(snippetColumns).from(portfolioSnippet).where(ofUser(userId, snippetId)).limit(1);
  return row;
}

export async function insertSnippet(db: DbOrTx, userId: string, values: SnippetValues, now: Date) {
  const [row] = await db
    .insert(portfolioSnippet)
    .values({
      id: crypto.randomUUID(),
      userId,
      ...values,
      position: sql`(select coalesce(max(${portfolioSnippet.position}) + 1, 0) from ${portfolioSnippet} where ${portfolioSnippet.userId} = ${userId})`,
      createdAt: now,
      updatedAt: now,
    })
    .returning(snippetColumns);
  return row as NonNullable<typeof row>;
}

export async function updateSnippet(db: DbOrTx, userId: string, snippetId: string, values: SnippetValues, now: Date) {
  const [row] = await db
    .update(portfolioSnippet)
    .set({ ...values, updatedAt: now })
    .where(ofUser(userId, snippetId))
    .returning(snippetColumns);
  return row;
}

export async function deleteSnippet(db: DbOrTx, userId: string, snippetId: string) {
  const rows = await db
    .delete(portfolioSnippet)
    .where(ofUser(userId, snippetId))
    .returning({ id: portfolioSnippet.id });
  return rows.length > 0;
}
