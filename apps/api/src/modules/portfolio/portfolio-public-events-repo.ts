import { type DbOrTx, schema } from "@hirefolio/db";
import { eq, sql } from "drizzle-orm";

const { event, portfolio, portfolioProject } = schema;

/** The external addresses the page links to: its owner's links, project links and the GitHub repos it shows. */
export async function listPageLinkTargets(db: DbOrTx, ownerId: string): Promise<string[]> {
  const [[page], projects] = await Promise.all([
    db
      .select({
        githubUsername: portfolio.githubUsername,
        linkedinUrl: portfolio.linkedinUrl,
        websiteUrl: portfolio.websiteUrl,
        githubStats: portfolio.githubStats,
      })
      .from(portfolio)
      .where(eq(portfolio.userId, ownerId))
      .limit(1),
    db.select({ links: portfolioProject.links }).from(portfolioProject).where(eq(portfolioProject.userId, ownerId)),
  ]);
  if (!page) return [];
  const repos = (page.githubStats as { topRepos?: { url?: unknown }[] } | null)?.topRepos ?? [];
  return [
    page.githubUsername ? `https://github.com/${page.githubUsername}` : null,
    page.linkedinUrl,
    page.websiteUrl,
    ...repos.map((repo) => (typeof repo.url === "string" ? repo.url : null)),
    ...projects.flatMap((project) => project.links.map((link) => link.url)),
  ].filter((url): url is string => url !== null);
}

/**
 * A page event, unless this visitor key already recorded the same type and target for this owner: the key changes
 * every day, so each counts once per visitor and day. One statement, so a double click cannot insert twice.
 */
export async function insertPageEvent(
  db: DbOrTx,
  values: {
    ownerId: string;
    type: string;
    target: string | null;
    visitorKey: string;
    actorId: string | null;
    organizationId: string | null;
    now: Date;
  },
) {
  const properties = values.target === null ? {} : { target: values.target };
  await db.execute(sql`
    insert into ${event} (id, actor_id, organization_id, feature, type, subject_id, visitor_key, properties, occurred_at)
    select ${crypto.randomUUID()}, ${values.actorId}, ${values.organizationId}, 'video_portfolio', ${values.type},
      ${values.ownerId}, ${values.visitorKey}, ${JSON.stringify(properties)}::jsonb,
      ${values.now.toISOString()}::timestamptz
    where not exists (
      select 1 from ${event}
      where ${event.subjectId} = ${values.ownerId} and ${event.type} = ${values.type}
        and ${event.visitorKey} = ${values.visitorKey}
        and coalesce(${event.properties}->>'target', '') = ${values.target ?? ""}
    )`);
}
