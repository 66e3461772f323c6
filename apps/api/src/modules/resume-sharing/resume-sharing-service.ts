import { createHmac, randomBytes } from "node:crypto";
import type { Db, DbOrTx } from "@hirefolio/db";
import {
  type ApplicationResume,
  type CreateShareLink,
  resumeDocumentSchema,
  type SharedResume,
} from "@hirefolio/shared";
import type { SessionUser } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import { findResumeSnapshot } from "../applications/applications-repo";
import type { ApplicationsService } from "../applications/applications-service";
import { insertVisitorEvent } from "../resume-experiments/resume-events-repo";
import { createResumeExportService } from "../resume-export/resume-export-service";
import type { ResumesService } from "../resumes/resumes-service";
import * as repo from "./resume-sharing-repo";

/** Who opened a public link, as far as the request tells; only a salted daily hash of it is stored. */
export interface Visitor {
  ip: string;
  userAgent: string;
  /** The signed-in user, if any: the owner previewing their own link is not a visitor. */
  user?: SessionUser;
}

/** 16 random bytes: 128 bits, so links cannot be guessed or enumerated. */
export const newShareSlug = () => randomBytes(16).toString("base64url");

/** Creates a link for a resume that has no working one, e.g. for each variant of a new experiment. */
export async function ensureShareLink(db: DbOrTx, resumeId: string, label: string, now: Date) {
  const existing = (await repo.findActiveLinks(db, [resumeId])).get(resumeId);
  if (existing) return existing;
  return repo.insertShareLink(db, { id: crypto.randomUUID(), resumeId, slug: newShareSlug(), label, now });
}

export function createResumeSharingService(deps: {
  db: Db;
  clock: Clock;
  resumes: ResumesService;
  applications: ApplicationsService;
  /** A server secret; it keys the visitor hash so nobody without it can test an address against the keys. */
  visitorSalt: string;
}) {
  const { db, clock } = deps;
  const exports = createResumeExportService({ db, clock, resumes: deps.resumes });

  /**
   * HMAC-SHA-256 of address, browser and UTC day under a server secret: the same visitor gets the same key all
   * day (so reloads count once) and a new one tomorrow, and the key cannot be turned back into an address.
   */
  function visitorKey(visitor: Visitor, now: Date) {
    const day = now.toISOString().slice(0, 10);
    return createHmac("sha256", deps.visitorSalt)
      .update(`resume-visitor\n${day}\n${visitor.ip}\n${visitor.userAgent}`)
      .digest("base64url");
  }

  async function openLink(slug: string, visitor: Visitor, kind: "view" | "download") {
    const shared = await repo.findSharedResume(db, slug);
    if (!shared) throw problems.notFound("Shared resume");
    if (visitor.user?.id !== shared.ownerId) {
      const now = clock.now();
      const key = visitorKey(visitor, now);
      await insertVisitorEvent(db, {
        resumeId: shared.resumeId,
        shareLinkId: shared.linkId,
        kind,
        visitorKey: key,
        now,
      });
    }
    return shared;
  }

  /**
   * The resume as the application sent it (a snapshot, so later edits don't change it), for the candidate and the
   * employer's hiring team only.
   */
  async function applicationResume(user: SessionUser, applicationId: string) {
    const application = await deps.applications.get(user, applicationId);
    const snapshot = await findResumeSnapshot(db, application.id);
    if (!snapshot) throw problems.notFound("Resume");
    return { ...snapshot, document: resumeDocumentSchema.parse(snapshot.document), resumeId: application.resumeId };
  }

  return {
    async create(user: SessionUser, resumeId: string, input: CreateShareLink) {
      await deps.resumes.get(user, resumeId);
      const link = { id: crypto.randomUUID(), resumeId, slug: newShareSlug(), label: input.label };
      return repo.insertShareLink(db, { ...link, now: clock.now() });
    },

    async list(user: SessionUser, resumeId: string) {
      await deps.resumes.get(user, resumeId);
      return { items: await repo.listShareLinks(db, resumeId) };
    },

    async revoke(user: SessionUser, resumeId: string, linkId: string) {
      await deps.resumes.get(user, resumeId);
      const link = await repo.revokeShareLink(db, resumeId, linkId, clock.now());
      if (!link) throw problems.notFound("Share link");
      return link;
    },

    async view(slug: string, visitor: Visitor): Promise<SharedResume> {
      const { title, templateId, document, updatedAt } = await openLink(slug, visitor, "view");
      return { title, templateId, document, updatedAt };
    },

    async download(slug: string, visitor: Visitor) {
      return exports.render(await openLink(slug, visitor, "download"), "pdf");
    },

    async forApplication(user: SessionUser, applicationId: string): Promise<ApplicationResume> {
      const { resumeId, title, templateId, document, updatedAt } = await applicationResume(user, applicationId);
      return { resumeId, title, templateId, document, updatedAt };
    },

    async pdfForApplication(user: SessionUser, applicationId: string) {
      return exports.render(await applicationResume(user, applicationId), "pdf");
    },
  };
}

export type ResumeSharingService = ReturnType<typeof createResumeSharingService>;
