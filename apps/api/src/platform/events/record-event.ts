import { type DbOrTx, schema } from "@hirefolio/db";
import { type SQL, sql } from "drizzle-orm";
import { type EventProperties, type EventType, eventCatalog } from "./event-catalog";

/** The properties each event type carries, as the catalog describes them; the metrics read exactly these keys. */
export type RecordedEvent<T extends EventType = EventType> = {
  type: T;
  actorId?: string | null;
  organizationId?: string | null;
  subjectId?: string | null;
  visitorKey?: string | null;
  occurredAt?: Date;
} & (EventProperties[T] extends Record<string, never>
  ? { properties?: EventProperties[T] }
  : { properties: EventProperties[T] });

/** The row an event becomes: its feature comes from the catalog, so a service cannot file it under another one. */
export function eventRow<T extends EventType>(input: RecordedEvent<T>): typeof schema.event.$inferInsert {
  return {
    id: crypto.randomUUID(),
    actorId: input.actorId ?? null,
    organizationId: input.organizationId ?? null,
    feature: eventCatalog[input.type].feature,
    type: input.type,
    subjectId: input.subjectId ?? null,
    visitorKey: input.visitorKey ?? null,
    properties: withoutUndefined(input.properties ?? {}),
    ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
  };
}

/**
 * Appends one event to the `event` table, the source of the success metrics. Pass the transaction that changes the
 * domain data, so the event commits exactly when the change does. Only a database failure makes it throw: an event
 * that cannot be stored means the change it describes cannot be stored either.
 */
export async function recordEvent<T extends EventType>(db: DbOrTx, input: RecordedEvent<T>): Promise<void> {
  await db.insert(schema.event).values(eventRow(input));
}

/** JSONB keeps `undefined` out anyway; dropping it here keeps `{ a: undefined }` from reading as a key in tests. */
function withoutUndefined(properties: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined));
}

/**
 * Appends a visitor's event unless the same visitor key already recorded this type (and `target`, if any) about the
 * same subject: the key changes every day, so a visitor counts once a day.
 */
export async function recordVisitorEventOnce<T extends VisitorEventType>(
  db: DbOrTx,
  input: RecordedEvent<T> & { subjectId: string; visitorKey: string },
): Promise<void> {
  const target = (input.properties as { target?: string }).target ?? "";
  const { event } = schema;
  await insertUnless(
    db,
    eventRow(input),
    sql`${event.visitorKey} = ${input.visitorKey} and coalesce(${event.properties}->>'target', '') = ${target}`,
  );
}

export type VisitorEventType =
  | "portfolio.view"
  | "portfolio.video_play"
  | "portfolio.video_complete"
  | "portfolio.link_click";

/** Appends an event that happens once per subject (a profile is completed once), unless it is already recorded. */
export async function recordEventOnce<T extends EventType>(
  db: DbOrTx,
  input: RecordedEvent<T> & { subjectId: string },
): Promise<void> {
  await insertUnless(db, eventRow(input), sql`true`);
}

/**
 * Inserts the row unless an event of its type about its subject matching `sameAs` exists: one statement, so a
 * double click or two quick reloads cannot both insert.
 */
async function insertUnless(db: DbOrTx, row: ReturnType<typeof eventRow>, sameAs: SQL) {
  const { event } = schema;
  const occurredAt = (row.occurredAt ?? new Date()).toISOString();
  await db.execute(sql`
    insert into ${event} (id, actor_id, organization_id, feature, type, subject_id, visitor_key, properties, occurred_at)
    select ${row.id}, ${row.actorId}, ${row.organizationId}, ${row.feature}, ${row.type}, ${row.subjectId},
      ${row.visitorKey}, ${JSON.stringify(row.properties)}::jsonb, ${occurredAt}::timestamptz
    where not exists (
      select 1 from ${event} where ${event.subjectId} = ${row.subjectId} and ${event.type} = ${row.type} and ${sameAs}
    )`);
}
