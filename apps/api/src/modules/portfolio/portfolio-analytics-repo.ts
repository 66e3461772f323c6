import { type DbOrTx, schema } from "@hirefolio/db";
import { and, count, countDistinct, desc, eq, gte, inArray, max, sql } from "drizzle-orm";
import type { AnalyticsRows } from "./portfolio-analytics-summary";

const { event, organization } = schema;

const day = sql<string>`to_char(${event.occurredAt} at time zone 'UTC', 'YYYY-MM-DD')`;
const target = sql<string>`${event.properties}->>'target'`;

/** The owner's page events since `from`, grouped the ways the analytics card shows them. */
export async function loadAnalyticsRows(db: DbOrTx, ownerId: string, from: Date): Promise<AnalyticsRows> {
  const since = (type: string | string[]) =>
    and(
      eq(event.subjectId, ownerId),
      Array.isArray(type) ? inArray(event.type, type) : eq(event.type, type),
      gte(event.occurredAt, from),
    );
  const [viewsByDay, counts, clicks, employers] = await Promise.all([
    db
      .select({ day, views: countDistinct(event.visitorKey) })
      .from(event)
      .where(since("portfolio.view"))
      .groupBy(day),
    db
      .select({ type: event.type, count: count() })
      .from(event)
      .where(since(["portfolio.video_play", "portfolio.video_complete"]))
      .groupBy(event.type),
    db.select({ target, clicks: count() }).from(event).where(since("portfolio.link_click")).groupBy(target),
    db
      .select({
        organizationId: organization.id,
        name: organization.name,
        views: count(),
        lastViewedAt: sql<string>`to_char(max(${event.occurredAt}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      })
      .from(event)
      .innerJoin(organization, eq(organization.id, event.organizationId))
      .where(since("portfolio.view"))
      .groupBy(organization.id, organization.name)
      .orderBy(desc(max(event.occurredAt)))
      .limit(50),
  ]);
  return { viewsByDay, counts, clicks, employers };
}
