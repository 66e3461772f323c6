import type { Db } from "@hirefolio/db";
import { type IcsEvent, writeFeed } from "../../engines/calendar/ics-write";
import type { SessionUser } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import * as repo from "./calendar-feed-repo";
import { hashToken, newSecretToken } from "./secret-token";

/** The feed shows the last 30 days and everything ahead. */
const feedHistoryMs = 30 * 86_400_000;

export function createCalendarFeedService(deps: { db: Db; clock: Clock; publicUrl: string }) {
  const { db, clock, publicUrl } = deps;
  return {
    /** Creates the user's feed, revoking any earlier one; the URL is shown only now, since only its hash is kept. */
    async rotate(user: SessionUser) {
      const token = newSecretToken();
      const now = clock.now();
      await db.transaction(async (tx) => {
        await repo.revokeFeeds(tx, user.id, now);
        await repo.insertFeed(tx, user.id, hashToken(token), now);
      });
      return { url: `${publicUrl}/api/v1/calendar-feeds/${token}.ics`, createdAt: now.toISOString() };
    },

    /** Whether a feed is live and since when; never its address, which only its creator saw. */
    async status(user: SessionUser) {
      const createdAt = await repo.findLiveFeedCreatedAt(db, user.id);
      return { active: createdAt !== undefined, createdAt: createdAt?.toISOString() ?? null };
    },

    async revoke(user: SessionUser) {
      await repo.revokeFeeds(db, user.id, clock.now());
    },

    /** The iCalendar text behind a token; an unknown or revoked token is 404, like any id that is not yours. */
    async feed(token: string) {
      const userId = await repo.findFeedOwner(db, hashToken(token));
      if (!userId) throw problems.notFound("Calendar feed");
      const now = clock.now();
      const rows = await repo.listFeedInterviews(db, userId, new Date(now.getTime() - feedHistoryMs), now);
      const events: IcsEvent[] = rows.map(({ interview: row }) => ({
        uid: row.icalUid,
        sequence: row.sequence,
        start: row.startAt.getTime(),
        end: row.endAt.getTime(),
        summary: row.title,
        ...(row.videoLink ? { url: row.videoLink, location: row.videoLink } : {}),
        status: row.status === "cancelled" ? "CANCELLED" : row.status === "held" ? "TENTATIVE" : "CONFIRMED",
      }));
      return writeFeed("Hirefolio interviews", events, now.getTime());
    },
  };
}

export type CalendarFeedService = ReturnType<typeof createCalendarFeedService>;
