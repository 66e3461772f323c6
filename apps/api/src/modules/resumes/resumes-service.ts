import type { Db, DbOrTx, Tx } from "@hirefolio/db";
import {
  type CreateResume,
  type DuplicateResume,
  defaultResumeTemplateId,
  type PageQuery,
  type Resume,
  type ResumeChange,
  type ResumeDiff,
  type ResumeDocument,
  resumeDocumentSchema,
  type UpdateResume,
} from "@hirefolio/shared";
import { diffResumes, summarizeChanges } from "../../engines/resume-diff/resume-diff";
import type { SessionUser } from "../../http/auth-guard";
import { decodeCursor, toPage } from "../../http/cursor";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { EventProperties } from "../../platform/events/event-catalog";
import { recordEvent } from "../../platform/events/record-event";
import type { PlanGuard } from "../billing/plan-guard";
import * as repo from "./resumes-repo";

type ResumeSource = EventProperties["resume.created"]["source"];

/** Saves this soon after the newest version was last saved update it instead of adding a version (autosave). */
export const coalesceWindowMs = 60_000;

type LatestVersion = NonNullable<Awaited<ReturnType<typeof repo.findLatestVersion>>>;

/** Named versions are kept as the user named them, and one user's save never rewrites another's version. */
function mergesInto(latest: LatestVersion, userId: string, now: Date) {
  return (
    latest.name === null && latest.createdBy === userId && now.getTime() - latest.updatedAt.getTime() < coalesceWindowMs
  );
}

/** jsonb stores object keys sorted by length; parsing puts them back in schema order so diffs read top to bottom. */
function inSchemaOrder(document: ResumeDocument): ResumeDocument {
  return resumeDocumentSchema.safeParse(document).data ?? document;
}

function copyTitle(title: string) {
  return `${title.slice(0, 113)} (copy)`;
}

function importedTitle(document: ResumeDocument) {
  const { name, label } = document.basics;
  return ([name, label].filter(Boolean).join(" — ") || "Imported resume").slice(0, 120);
}

export function createResumesService(deps: {
  db: Db;
  clock: Clock;
  templates: Pick<PlanGuard, "assertTemplate" | "templateCheck">;
}) {
  const { db, clock } = deps;

  /** Only the owner sees a resume; to anyone else it does not exist. */
  async function loadOwned(dbOrTx: DbOrTx, user: SessionUser, resumeId: string, lock: { forUpdate?: boolean } = {}) {
    const row = await repo.findResume(dbOrTx, resumeId, user.id, lock);
    if (!row) throw problems.notFound("Resume");
    return row;
  }

  async function loadVersion(dbOrTx: DbOrTx, resumeId: string, versionId: string) {
    const version = await repo.findVersion(dbOrTx, resumeId, versionId);
    if (!version) throw problems.notFound("Version");
    return version;
  }

  async function appendVersion(
    tx: Tx,
    user: SessionUser,
    values: {
      resumeId: string;
      after: LatestVersion | undefined;
      document: ResumeDocument;
      summary: string;
      now: Date;
    },
  ) {
    const id = crypto.randomUUID();
    await repo.insertVersion(tx, {
      id,
      resumeId: values.resumeId,
      number: (values.after?.number ?? 0) + 1,
      summary: values.summary,
      document: values.document,
      createdBy: user.id,
      now: values.now,
    });
    return id;
  }

  /**
   * Records a changed document as a version, merging it into the newest version when that is an autosave.
   * `changes` are those from the resume's current document, which is the newest version's.
   */
  async function saveVersion(
    tx: Tx,
    user: SessionUser,
    resumeId: string,
    edit: { document: ResumeDocument; changes: ResumeChange[]; now: Date },
  ) {
    const { document, now } = edit;
    const latest = await repo.findLatestVersion(tx, resumeId);
    if (!latest || !mergesInto(latest, user.id, now)) {
      const summary = summarizeChanges(edit.changes);
      return appendVersion(tx, user, { resumeId, after: latest, document, summary, now });
    }
    // The merged version now stands for everything since the version before it; the first keeps its origin.
    const previous = latest.number > 1 ? await repo.findVersionDocument(tx, resumeId, latest.number - 1) : undefined;
    const summary = previous ? summarizeChanges(diffResumes(previous, document)) : latest.summary;
    // A fresh id, so an editor still based on the version as it was before this save gets 409 instead of
    // silently overwriting it (two tabs within the autosave window), and caches keyed by version see a change.
    const newId = crypto.randomUUID();
    await repo.overwriteVersion(tx, latest.id, { newId, summary, document, now });
    return newId;
  }

  /** Creating without the plan check, for a copy that keeps its source's template (a template once chosen stays). */
  async function insertResume(user: SessionUser, input: CreateResume, origin: string, source: ResumeSource) {
    const id = crypto.randomUUID();
    const versionId = crypto.randomUUID();
    const now = clock.now();
    await db.transaction(async (tx) => {
      await repo.insertResume(tx, { ...input, id, ownerId: user.id, currentVersionId: versionId, now });
      await repo.insertVersion(tx, {
        id: versionId,
        resumeId: id,
        number: 1,
        summary: origin,
        document: input.document,
        createdBy: user.id,
        now,
      });
      await recordEvent(tx, { type: "resume.created", actorId: user.id, subjectId: id, properties: { source } });
    });
    return loadOwned(db, user, id);
  }

  return {
    async list(user: SessionUser, query: PageQuery) {
      const rows = await repo.listResumes(db, user.id, { limit: query.limit, cursor: decodeCursor(query.cursor) });
      // toPage keys its cursor on createdAt; resumes are listed by updatedAt.
      const keyed = rows.map((row) => ({ id: row.id, createdAt: row.updatedAt, row }));
      return toPage(keyed, query.limit, ({ row }) => row);
    },

    async get(user: SessionUser, resumeId: string): Promise<Resume> {
      return loadOwned(db, user, resumeId);
    },

    /** Creates a resume with its first version; `origin` is that version's summary ("Created", "Imported …"). */
    async create(user: SessionUser, input: CreateResume, origin = "Created", source: ResumeSource = "blank") {
      await deps.templates.assertTemplate(user, input.templateId);
      return insertResume(user, input, origin, source);
    },

    /** `origin` names where the document came from: a JSON Resume file, or one read from a PDF or DOCX. */
    importJsonResume(user: SessionUser, document: ResumeDocument, origin = "Imported from JSON Resume") {
      return this.create(
        user,
        { title: importedTitle(document), templateId: defaultResumeTemplateId, document },
        origin,
        "import",
      );
    },

    async duplicate(user: SessionUser, resumeId: string, input: DuplicateResume = {}) {
      const source = await loadOwned(db, user, resumeId);
      return insertResume(
        user,
        { title: input.title ?? copyTitle(source.title), templateId: source.templateId, document: source.document },
        `Copied from “${source.title}”`,
        "copy",
      );
    },

    /** A save that leaves the document as it was adds no version. */
    async update(user: SessionUser, resumeId: string, patch: UpdateResume) {
      const now = clock.now();
      const checkTemplate = patch.templateId === undefined ? undefined : await deps.templates.templateCheck(user);
      await db.transaction(async (tx) => {
        const resume = await loadOwned(tx, user, resumeId, { forUpdate: true });
        if (patch.baseVersionId && patch.baseVersionId !== resume.currentVersionId) {
          throw problems.conflict("This resume was saved elsewhere since you opened it; reload to see that version.");
        }
        const { document, title, templateId } = patch;
        // Refused before anything is written: the transaction rolls back and the resume keeps its template.
        if (templateId !== undefined) checkTemplate?.(templateId, resume.templateId);
        const changes = document ? diffResumes(resume.document, document) : [];
        const saved =
          document && changes.length > 0
            ? { document, currentVersionId: await saveVersion(tx, user, resumeId, { document, changes, now }) }
            : {};
        await repo.updateResume(tx, resumeId, { title, templateId, ...saved }, now);
      });
      return this.get(user, resumeId);
    },

    /** The resume to export, with `template` instead of its own when the plan offers that template. */
    async forExport(user: SessionUser, resumeId: string, template?: string) {
      const resume = await loadOwned(db, user, resumeId);
      if (template !== undefined) await deps.templates.assertTemplate(user, template, resume.templateId);
      return resume;
    },

    async remove(user: SessionUser, resumeId: string) {
      if (!(await repo.deleteResume(db, resumeId, user.id))) throw problems.notFound("Resume");
    },

    async listVersions(user: SessionUser, resumeId: string, query: PageQuery) {
      await loadOwned(db, user, resumeId);
      const rows = await repo.listVersions(db, resumeId, { limit: query.limit, cursor: decodeCursor(query.cursor) });
      return toPage(rows, query.limit, (row) => row);
    },

    async nameVersion(user: SessionUser, resumeId: string, versionId: string, name: string | null) {
      await loadOwned(db, user, resumeId);
      const version = await repo.nameVersion(db, resumeId, versionId, name);
      if (!version) throw problems.notFound("Version");
      return version;
    },

    /** Restoring adds a new version with the old content, so the versions in between stay. */
    async restore(user: SessionUser, resumeId: string, versionId: string) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        await loadOwned(tx, user, resumeId, { forUpdate: true });
        const version = await loadVersion(tx, resumeId, versionId);
        const latest = await repo.findLatestVersion(tx, resumeId);
        const { document } = version;
        const summary = `Restored version ${version.number}`;
        const currentVersionId = await appendVersion(tx, user, { resumeId, after: latest, document, summary, now });
        await repo.updateResume(tx, resumeId, { document, currentVersionId }, now);
      });
      return this.get(user, resumeId);
    },

    /** `to` is a version id or "current", the resume as it is now. */
    async diff(user: SessionUser, resumeId: string, from: string, to: string): Promise<ResumeDiff> {
      const resume = await loadOwned(db, user, resumeId);
      const before = (await loadVersion(db, resumeId, from)).document;
      const after = to === "current" ? resume.document : (await loadVersion(db, resumeId, to)).document;
      const changes = diffResumes(inSchemaOrder(before), inSchemaOrder(after));
      return { from, to, summary: summarizeChanges(changes), changes };
    },
  };
}

export type ResumesService = ReturnType<typeof createResumesService>;
