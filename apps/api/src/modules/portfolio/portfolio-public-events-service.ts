import type { DbOrTx } from "@hirefolio/db";
import type { PortfolioEvent } from "@hirefolio/shared";
import QRCode from "qrcode";
import { visitorKey } from "../../engines/portfolio/visitor-key";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import { recordVisitorEventOnce } from "../../platform/events/record-event";
import type { StorageDriver } from "../../platform/storage/storage-driver";
import { listPageLinkTargets } from "./portfolio-public-events-repo";
import { findPortfolioByHandle, findViewerOrganization } from "./portfolio-repo";
import { tokenMatches, type Visitor } from "./portfolio-service";

/** Stored event types, namespaced like the API's own `portfolio.view`. */
const storedType = {
  video_play: "portfolio.video_play",
  video_complete: "portfolio.video_complete",
  link_click: "portfolio.link_click",
} as const satisfies Record<PortfolioEvent["type"], string>;

/** Long enough for a link preview service to fetch the avatar into its image. */
const cardAvatarSeconds = 10 * 60;

/**
 * What the public page needs besides the read: events the browser reports (video plays, completions, link clicks),
 * the page's QR code and its share card (the Open Graph image's data). Each answers 404 exactly when the read
 * would, so none reveals more; none counts as a view.
 */
export function createPortfolioPublicEventsService(deps: {
  db: DbOrTx;
  clock: Clock;
  /** The same secret and scope as the view event, so a visitor's view and plays share one key. */
  visitorSalt: string;
  /** The web app's origin: the QR code points at the page there. */
  publicUrl: string;
  storage: StorageDriver;
}) {
  const { db, clock } = deps;

  async function visiblePage(handle: string, token: string | undefined, userId: string | undefined) {
    const page = await findPortfolioByHandle(db, handle.toLowerCase());
    if (!page) throw problems.notFound("Portfolio");
    const isOwner = userId === page.userId;
    const visible =
      isOwner ||
      page.visibility === "public" ||
      (page.visibility === "unlisted" && tokenMatches(page.unlistedToken, token));
    if (!visible) throw problems.notFound("Portfolio");
    return { ...page, isOwner };
  }

  return {
    /** Records one browser-reported event; the owner's own clicks and plays are not counted, like their views. */
    async record(handle: string, token: string | undefined, input: PortfolioEvent, visitor: Visitor) {
      const page = await visiblePage(handle, token, visitor.user?.id);
      if (page.isOwner) return;
      const target = input.target ?? null;
      const links = target === null ? null : await listPageLinkTargets(db, page.userId);
      // Only the page's own links count, so nobody can fill the owner's figures with addresses of their choosing.
      if (target !== null && !links?.targets.includes(target)) {
        throw problems.unprocessable("unknown-link", "Not a link on this page", `The page does not link to ${target}.`);
      }
      const now = clock.now();
      const actorId = visitor.user?.id ?? null;
      const organizationId = actorId ? ((await findViewerOrganization(db, actorId)) ?? null) : null;
      const seen = {
        subjectId: page.userId,
        visitorKey: visitorKey(deps.visitorSalt, "portfolio-visitor", visitor, now),
        actorId,
        organizationId,
        occurredAt: now,
      };
      const viewerRole = visitor.user?.role;
      if (input.type === "link_click" && target !== null) {
        const contact = links?.contact.includes(target) ?? false;
        await recordVisitorEventOnce(db, {
          ...seen,
          type: "portfolio.link_click",
          properties: { target, contact, viewerRole },
        });
      } else {
        await recordVisitorEventOnce(db, { ...seen, type: storedType[input.type], properties: { viewerRole } });
      }
    },

    /**
     * An SVG QR code of the page's address. A private page has none (nobody else could open it); an unlisted one
     * needs its token, and the code then carries it, since a code without it would lead to a 404.
     */
    async qrSvg(handle: string, token: string | undefined, userId: string | undefined) {
      const page = await visiblePage(handle, token, userId);
      if (page.visibility === "private") throw problems.notFound("Portfolio");
      const url = new URL(`/p/${page.handle}`, deps.publicUrl);
      if (page.visibility === "unlisted") url.searchParams.set("token", page.unlistedToken);
      return QRCode.toString(url.toString(), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    },

    /**
     * Name, headline, theme and avatar for the page's Open Graph image. Public pages only: a preview image is
     * fetched without the page's token, so an unlisted page must not show its owner to whoever guesses the handle.
     */
    async card(handle: string) {
      const page = await findPortfolioByHandle(db, handle.toLowerCase());
      if (page?.visibility !== "public") throw problems.notFound("Portfolio");
      // Uploaded avatars are storage keys; OAuth sign-ins leave the provider's https picture URL.
      const avatarUrl = page.image?.startsWith("avatars/")
        ? await deps.storage.signedUrl(page.image, { expiresInSeconds: cardAvatarSeconds })
        : page.image?.startsWith("https://")
          ? page.image
          : null;
      return { handle: page.handle, theme: page.theme, name: page.name, headline: page.headline, avatarUrl };
    },
  };
}

export type PortfolioPublicEventsService = ReturnType<typeof createPortfolioPublicEventsService>;
