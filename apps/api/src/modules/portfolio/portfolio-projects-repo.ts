import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import type { CreateProject, UpdateProject } from "@hirefolio/shared";
import { and, asc, eq, sql } from "drizzle-orm";

const { portfolioProject } = schema;

const projectColumns = {
  id: portfolioProject.id,
  position: portfolioProject.position,
  title: portfolioProject.title,
  role: portfolioProject.role,
  startDate: portfolioProject.startDate,
  endDate: portfolioProject.endDate,
  description: portfolioProject.description,
  tags: portfolioProject.tags,
  links: portfolioProject.links,
  updatedAt: isoTimestamp(portfolioProject.updatedAt),
};
export type ProjectRow = Awaited<ReturnType<typeof listProjects>>[number];

const ofUser = (userId: string, projectId: string) =>
  and(eq(portfolioProject.id, projectId), eq(portfolioProject.userId, userId));

export function listProjects(db: DbOrTx, userId: string) {
  return db
    .select(projectColumns)
    .from(portfolioProject)
    .where(eq(portfolioProject.userId, userId))
    .orderBy(asc(portfolioProject.position), asc(portfolioProject.createdAt));
}

export async function findProject(db: DbOrTx, userId: string, projectId: string) {
  const [row] = await db.select(projectColumns).from(portfolioProject).where(ofUser(userId, projectId)).limit(1);
  return row;
}

export async function projectExists(db: DbOrTx, userId: string, projectId: string) {
  const [row] = await db.select({ id: portfolioProject.id }).from(portfolioProject).where(ofUser(userId, projectId));
  return row !== undefined;
}

/** New projects go last. */
export async function insertProject(db: DbOrTx, userId: string, input: CreateProject, now: Date) {
  const [row] = await db
    .insert(portfolioProject)
    .values({
      id: crypto.randomUUID(),
      userId,
      ...input,
      position: sql`(select coalesce(max(${portfolioProject.position}) + 1, 0) from ${portfolioProject} where ${portfolioProject.userId} = ${userId})`,
      createdAt: now,
      updatedAt: now,
    })
    .returning(projectColumns);
  return row as NonNullable<typeof row>;
}

export async function updateProject(db: DbOrTx, userId: string, projectId: string, input: UpdateProject, now: Date) {
  const [row] = await db
    .update(portfolioProject)
    .set({ ...input, updatedAt: now })
    .where(ofUser(userId, projectId))
    .returning(projectColumns);
  return row;
}

export async function deleteProject(db: DbOrTx, userId: string, projectId: string) {
  const rows = await db
    .delete(portfolioProject)
    .where(ofUser(userId, projectId))
    .returning({ id: portfolioProject.id });
  return rows.length > 0;
}

/** Positions follow the order of `ids`, which the service has checked are exactly the user's projects. */
export async function setProjectPositions(db: DbOrTx, userId: string, ids: string[]) {
  if (ids.length === 0) return;
  const positions = sql.join(
    ids.map((id, index) => sql`(${id}, ${index}::int)`),
    sql`, `,
  );
  await db.execute(sql`
    update ${portfolioProject} set position = ordered.position
    from (values ${positions}) as ordered(id, position)
    where ${portfolioProject.id} = ordered.id and ${portfolioProject.userId} = ${userId}`);
}
