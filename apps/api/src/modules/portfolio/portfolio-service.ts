import { randomBytes, timingSafeEqual } from "node:crypto";
import type { DbOrTx } from "@hirefolio/db";
import {
  githubStatsSchema,
  type PortfolioBadge,
  type PortfolioSettings,
  type PortfolioTestimonial,
  type PortfolioVideo,
  type Project,
  type PublicPortfolio,
  type Snippet,
  type UpdatePortfolioSettings,
} from "@hirefolio/shared";
import { handleBaseFromName, handleCandidate, handleProblem } from "../../engines/portfolio/handle-rules";
import { renderMarkdown } from "../../engines/portfolio/markdown-policy";
import { visitorKey } from "../../engines/portfolio/visitor-key";
import type { SessionUser } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import type { Cache } from "../../platform/cache/cache";
import type { Clock } from "../../platform/clock";
import { recordVisitorEventOnce } from "../../platform/events/record-event";
import type { StorageDriver } from "../../platform/storage/storage-driver";
import { recordProfileCompletion } from "../profiles/profile-completion";
import { listMedia, type MediaRow } from "./portfolio-media-repo";
import type { PortfolioMediaService } from "./portfolio-media-service";
import { listProjects } from "./portfolio-projects-repo";
import { toProject } from "./portfolio-projects-service";
import * as repo from "./portfolio-repo";
import { listSnippets } from "./portfolio-snippets-repo";
import { toSnippet } from "./portfolio-snippets-service";

/** Who opened a public page, as far as the request tells; only a salted daily hash of it is stored. */
export interface Visitor {
  ip: string;
  userAgent: string;
  user?: SessionUser;
}

/**
 * Sections other modules own (video, badges, testimonials): each is asked for the owner's public part when the page
 * is assembled. Missing ones show as empty.
 */
export interface PortfolioSections {
  video?: (ownerId: string) => Promise<PortfolioVideo | null>;
  badges?: (ownerId: string) => Promise<PortfolioBadge[]>;
  testimonials?: (ownerId: string) => Promise<PortfolioTestimonial[]>;
}

/** Visitors may keep the page open a while before clicking a video or a PDF. */
const publicUrlSeconds = 60 * 60;
const handleAttempts = 50;
/** Entries are keyed by the page's last edit, so they never go stale; the TTL only frees memory. */
const contentCacheSeconds = 24 * 60 * 60;

type PageRow = NonNullable<Awaited<ReturnType<typeof repo.findPortfolioByHandle>>>;
interface PageContent {
  projects: Project[];
  media: MediaRow[];
  snippets: Snippet[];
}

/** 16 random bytes: 128 bits, so unlisted pages cannot be guessed or enumerated. */
const newUnlistedToken = () => randomBytes(16).toString("base64url");

/** Constant-time, so response timing does not reveal how much of a guessed token was right. */
export function tokenMatches(expected: string, given: string | undefined) {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function toSettings(row: repo.PortfolioRow): PortfolioSettings {
  const publicPath = `/p/${row.handle}${row.visibility === "unlisted" ? `?token=${row.unlistedToken}` : ""}`;
  return { ...row, publicPath, bioHtml: renderMarkdown(row.bio) };
}

/**
 * What other modules react to (badges re-evaluated, GitHub figures fetched); called after the change is saved and
 * awaited only for queueing, never for the work itself.
 */
export type PortfolioActivity = (userId: string, what: "settings" | "github-username" | "project") => Promise<unknown>;

export function createPortfolioService(deps: {
  db: DbOrTx;
  clock: Clock;
  cache: Cache;
  storage: StorageDriver;
  media: PortfolioMediaService;
  /** A server secret keying the visitor hash. */
  visitorSalt: string;
  sections?: PortfolioSections;
  onActivity?: PortfolioActivity;
}) {
  const { db, clock, cache, storage } = deps;
  const sections = deps.sections ?? {};

  /** The user's portfolio, created private on first use with a free handle derived from their name. */
  async function ensure(user: SessionUser): Promise<repo.PortfolioRow> {
    const existing = await repo.findPortfolio(db, user.id);
    if (existing) return existing;
    const base = handleBaseFromName(user.name);
    for (let attempt = 1; attempt <= handleAttempts; attempt++) {
      const handle = handleCandidate(base, attempt);
      if (await repo.handleTaken(db, handle)) continue;
      const outcome = await repo.insertPortfolio(db, {
        userId: user.id,
        handle,
        unlistedToken: newUnlistedToken(),
        now: clock.now(),
      });
      if (outcome === "handle-taken") continue;
      const row = await repo.findPortfolio(db, user.id);
      if (row) return row;
    }
    // Fifty people with one name: a random handle still gives the user a page they can rename.
    await repo.insertPortfolio(db, {
      userId: user.id,
      handle: `${base.slice(0, 17)}-${randomBytes(6).toString("hex")}`,
      unlistedToken: newUnlistedToken(),
      now: clock.now(),
    });
    const row = await repo.findPortfolio(db, user.id);
    if (!row) throw new Error("portfolio could not be created");
    return row;
  }

  async function avatarUrl(image: string | null) {
    // Uploaded avatars are storage keys; OAuth sign-ins leave the provider's https picture URL.
    if (image?.startsWith("avatars/")) return storage.signedUrl(image, { expiresInSeconds: publicUrlSeconds });
    return image?.startsWith("https://") ? image : null;
  }

  /**
   * The page's own content (projects with rendered Markdown, media rows, snippets) changes only with an edit, and
   * every edit moves `updatedAt`, so it is cached under that timestamp; signed URLs, the avatar and the other
   * modules' sections are fresh on every read.
   */
  async function content(ownerId: string, updatedAt: string): Promise<PageContent> {
    const key = `portfolio:content:${ownerId}:${updatedAt}`;
    const cached = await cache.get<PageContent>(key);
    if (cached) return cached;
    const [projects, media, snippets] = await Promise.all([
      listProjects(db, ownerId),
      listMedia(db, ownerId),
      listSnippets(db, ownerId),
    ]);
    const fresh = { projects: projects.map(toProject), media, snippets: snippets.map(toSnippet) };
    await cache.set(key, fresh, contentCacheSeconds);
    return fresh;
  }

  async function assemble(page: PageRow): Promise<PublicPortfolio> {
    const ownerId = page.userId;
    const [{ projects, media: mediaRows, snippets }, video, badges, testimonials, avatar] = await Promise.all([
      content(ownerId, page.updatedAt),
      sections.video?.(ownerId) ?? null,
      sections.badges?.(ownerId) ?? [],
      sections.testimonials?.(ownerId) ?? [],
      avatarUrl(page.image),
    ]);
    const media = await Promise.all(mediaRows.map((row) => deps.media.withUrls(row, publicUrlSeconds)));
    const byProject = <T extends { projectId: string | null }>(items: T[], projectId: string | null) =>
      items.filter((item) => item.projectId === projectId);
    return {
      handle: page.handle,
      theme: page.theme,
      owner: { name: page.name, headline: page.headline, location: page.location, avatarUrl: avatar },
      bioHtml: renderMarkdown(page.bio),
      links: {
        github: page.githubUsername ? `https://github.com/${page.githubUsername}` : null,
        githubUsername: page.githubUsername,
        linkedin: page.linkedinUrl,
        website: page.websiteUrl,
      },
      // The stored figures also keep the ETags of the GitHub requests, which are nobody else's business.
      githubStats: githubStatsSchema
        .nullable()
        .catch(null)
        .parse(page.githubStats ?? null),
      projects: projects.map((project) => ({
        ...project,
        media: byProject(media, project.id),
        snippets: byProject(snippets, project.id),
      })),
      workSamples: byProject(media, null),
      snippets: byProject(snippets, null),
      video,
      badges,
      testimonials,
      updatedAt: page.updatedAt,
    };
  }

  async function recordView(ownerId: string, visitor: Visitor) {
    const now = clock.now();
    const actorId = visitor.user?.id ?? null;
    const organizationId = actorId ? ((await repo.findViewerOrganization(db, actorId)) ?? null) : null;
    await recordVisitorEventOnce(db, {
      type: "portfolio.view",
      subjectId: ownerId,
      visitorKey: visitorKey(deps.visitorSalt, "portfolio-visitor", visitor, now),
      actorId,
      organizationId,
      properties: { viewerRole: visitor.user?.role },
      occurredAt: now,
    });
  }

  return {
    async get(user: SessionUser) {
      return toSettings(await ensure(user));
    },

    async update(user: SessionUser, input: UpdatePortfolioSettings) {
      const current = await ensure(user);
      if (input.handle !== undefined && input.handle !== current.handle) {
        const problem = handleProblem(input.handle);
        if (problem) throw problems.badRequest(problem, [{ field: "handle", message: problem }]);
      }
      const outcome = await repo.updatePortfolio(db, user.id, input, clock.now());
      if (outcome === "handle-taken") throw problems.conflict(`The handle "${input.handle}" is taken; choose another.`);
      // The bio is the profile's summary: writing it may complete the profile. Not in the update's transaction,
      // whose handle conflict is caught from a failed statement.
      if (input.bio !== undefined) await recordProfileCompletion(db, user.id, clock.now());
      await deps.onActivity?.(user.id, "settings");
      if (input.githubUsername !== undefined && input.githubUsername !== current.githubUsername) {
        await deps.onActivity?.(user.id, "github-username");
      }
      return toSettings(await ensure(user));
    },

    /** A new unlisted token: links shared with the old one stop working. */
    async regenerateLink(user: SessionUser) {
      await ensure(user);
      await repo.updatePortfolio(db, user.id, { unlistedToken: newUnlistedToken() }, clock.now());
      return toSettings(await ensure(user));
    },

    /** The owner sees their page whatever its visibility, and is not counted as a visitor. */
    async preview(user: SessionUser) {
      const { handle } = await ensure(user);
      const page = await repo.findPortfolioByHandle(db, handle);
      if (!page) throw problems.notFound("Portfolio");
      return assemble(page);
    },

    /**
     * Private pages, unlisted ones without their token and unknown handles all answer the same 404, so a stranger
     * learns nothing about which handles exist.
     */
    async view(handle: string, token: string | undefined, visitor: Visitor) {
      const page = await repo.findPortfolioByHandle(db, handle.toLowerCase());
      const isOwner = page !== undefined && visitor.user?.id === page.userId;
      const visible =
        page !== undefined &&
        (isOwner ||
          page.visibility === "public" ||
          (page.visibility === "unlisted" && tokenMatches(page.unlistedToken, token)));
      if (!page || !visible) throw problems.notFound("Portfolio");
      if (!isOwner) await recordView(page.userId, visitor);
      return assemble(page);
    },
  };
}

export type PortfolioService = ReturnType<typeof createPortfolioService>;
