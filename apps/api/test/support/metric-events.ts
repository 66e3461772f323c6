import { type Db, schema } from "@hirefolio/db";
import type { Metric, MetricKey, MetricsReport } from "@hirefolio/shared";
import { type EventType, eventCatalog } from "../../src/platform/events/event-catalog";

export interface TestEvent {
  type: EventType;
  at: string;
  actorId?: string | null;
  subjectId?: string | null;
  visitorKey?: string | null;
  properties?: Record<string, unknown>;
}

/** Appends events as the services store them (feature from the catalog), at the given ISO times. */
export async function insertEvents(db: Db, events: TestEvent[]) {
  if (events.length === 0) return;
  await db.insert(schema.event).values(
    events.map((e) => ({
      id: crypto.randomUUID(),
      actorId: e.actorId ?? null,
      feature: eventCatalog[e.type].feature,
      type: e.type,
      subjectId: e.subjectId ?? null,
      visitorKey: e.visitorKey ?? null,
      properties: e.properties ?? {},
      occurredAt: new Date(e.at),
    })),
  );
}

export function metricOf(report: MetricsReport, key: MetricKey): Metric {
  const metric = report.features.flatMap((f) => f.metrics).find((m) => m.key === key);
  if (!metric) throw new Error(`no ${key} in the report`);
  return metric;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
