import { type DbOrTx, schema } from "@hirefolio/db";
import { and, desc, eq, isNull } from "drizzle-orm";
import { recordEvent } from "../../platform/events/record-event";

const { event, resumeExperiment, resumeExperimentVariant } = schema;

/** Which A/B test arm an application belongs to: the experiment's id and the variant's label ("A", "B", …). */
type Arm = { experimentId?: string; variantId?: string };

/** The running experiment the resume is a variant of (the newest, should there be several). */
async function runningArmOf(db: DbOrTx, resumeId: string): Promise<Arm> {
  const [row] = await db
    .select({ experimentId: resumeExperiment.id, variantId: resumeExperimentVariant.label })
    .from(resumeExperimentVariant)
    .innerJoin(resumeExperiment, eq(resumeExperiment.id, resumeExperimentVariant.experimentId))
    .where(and(eq(resumeExperimentVariant.resumeId, resumeId), isNull(resumeExperiment.endedAt)))
    .orderBy(desc(resumeExperiment.createdAt))
    .limit(1);
  return row ?? {};
}

/** The arm the application was submitted under: later stage changes keep counting for it, even after the test ends. */
async function submittedArmOf(db: DbOrTx, applicationId: string): Promise<Arm> {
  const [row] = await db
    .select({ properties: event.properties })
    .from(event)
    .where(and(eq(event.subjectId, applicationId), eq(event.type, "application.submitted")))
    .limit(1);
  const { experimentId, variantId } = (row?.properties ?? {}) as Arm;
  return { experimentId, variantId };
}

export async function recordApplicationSubmitted(
  tx: DbOrTx,
  values: { applicationId: string; candidateId: string; resumeId: string | null; now: Date },
) {
  const arm = values.resumeId ? await runningArmOf(tx, values.resumeId) : {};
  await recordEvent(tx, {
    type: "application.submitted",
    actorId: values.candidateId,
    subjectId: values.applicationId,
    properties: { resumeId: values.resumeId ?? undefined, ...arm },
    occurredAt: values.now,
  });
}

export async function recordStageChanged(
  tx: DbOrTx,
  values: {
    applicationId: string;
    actorId: string;
    organizationId: string | null;
    from: string;
    to: string;
    now: Date;
  },
) {
  const arm = await submittedArmOf(tx, values.applicationId);
  await recordEvent(tx, {
    type: "application.stage_changed",
    actorId: values.actorId,
    organizationId: values.organizationId,
    subjectId: values.applicationId,
    properties: { from: values.from, to: values.to, ...arm },
    occurredAt: values.now,
  });
}
