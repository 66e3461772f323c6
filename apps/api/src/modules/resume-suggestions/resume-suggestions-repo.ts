import { type DbOrTx, isoTimestamp, schema } from "@hirefolio/db";
import type { AtsSuggestion, SuggestionDecisionValue, SuggestionSource } from "@hirefolio/shared";
import { and, desc, eq } from "drizzle-orm";
import { afterCursor, type CursorPosition } from "../../http/cursor";

const { resumeSuggestionDecision: decision } = schema;

type StoredKind = (typeof decision.kind.enumValues)[number];

/** The table names kinds as nouns; the API uses the ATS analysis's names, so they are translated at this edge. */
const storedKinds: Record<AtsSuggestion["kind"], StoredKind> = {
  summary: "summary",
  "rewrite-bullet": "bullet-rewrite",
  "insert-keyword": "keyword-insertion",
  quantify: "quantification",
};
const apiKinds = Object.fromEntries(Object.entries(storedKinds).map(([api, stored]) => [stored, api])) as Record<
  StoredKind,
  AtsSuggestion["kind"]
>;

export async function insertDecision(
  db: DbOrTx,
  values: {
    resumeId: string;
    userId: string;
    kind: AtsSuggestion["kind"];
    fingerprint: string;
    decision: SuggestionDecisionValue;
    before: string;
    after: string;
    source: SuggestionSource;
    now: Date;
  },
) {
  const { kind, now, ...rest } = values;
  const [row] = await db
    .insert(decision)
    .values({ id: crypto.randomUUID(), kind: storedKinds[kind], createdAt: now, ...rest })
    .returning({ id: decision.id });
  return row!.id;
}

const listColumns = {
  id: decision.id,
  kind: decision.kind,
  decision: decision.decision,
  before: decision.before,
  after: decision.after,
  source: decision.source,
  createdAt: isoTimestamp(decision.createdAt),
};

/** A resume's decisions, newest first. */
export async function listDecisions(db: DbOrTx, resumeId: string, page: { cursor?: CursorPosition; limit: number }) {
  const rows = await db
    .select(listColumns)
    .from(decision)
    .where(and(eq(decision.resumeId, resumeId), afterCursor(page.cursor, decision.createdAt, decision.id)))
    .orderBy(desc(decision.createdAt), desc(decision.id))
    .limit(page.limit + 1);
  return rows.map((row) => ({ ...row, kind: apiKinds[row.kind] }));
}

/** Fingerprints of the suggestions the owner dismissed for this resume. */
export async function findDismissedFingerprints(db: DbOrTx, resumeId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ fingerprint: decision.fingerprint })
    .from(decision)
    .where(and(eq(decision.resumeId, resumeId), eq(decision.decision, "dismissed")));
  return new Set(rows.map((r) => r.fingerprint));
}
