import type { Db } from "@hirefolio/db";
import type { SuggestedSlot } from "@hirefolio/shared";
import type { Clock } from "../../platform/clock";
import type { MailMessage } from "../../platform/mail/mailer";
import type { JobQueue } from "../../platform/queue/job-queue";
import { enqueueMail } from "../mail/mail-jobs";
import { findAvailability } from "./availability-repo";
import type { InterviewBooking } from "./interview-booking";
import { describeTimes } from "./interview-mail";
import { panelOfInterview, rulesOfInterview } from "./interview-panel";
import * as repo from "./interviews-repo";

function conflictMail(
  row: repo.InterviewRow,
  who: string,
  organizer: { name: string; email: string; timeZone: string },
  alternatives: SuggestedSlot[],
  publicUrl: string,
): MailMessage {
  const when = (start: string | Date, end: string | Date) =>
    describeTimes(new Date(start), new Date(end), organizer.timeZone);
  const options = alternatives.map((slot) => `- ${when(slot.start, slot.end)}`);
  return {
    to: organizer.email,
    subject: `Calendar conflict: ${row.title}`,
    text: [
      `Hi ${organizer.name},`,
      "",
      `${who} now has another event during ${row.title} (${when(row.startAt, row.endAt)}).`,
      ...(options.length > 0
        ? ["", "Times that still suit the whole panel:", ...options]
        : ["", "No other time in the next two weeks suits the whole panel."]),
      "",
      `Reschedule: ${publicUrl}/scheduling?interview=${row.id}`,
      "",
      "— Hirefolio",
    ].join("\n"),
  };
}

/**
 * After a user's imported calendar changed, finds their upcoming interviews it now overlaps and tells whoever
 * booked each one, with the best times keeping the panel. Once per interview version and participant.
 */
export function createConflictNotifier(deps: {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  booking: InterviewBooking;
  publicUrl: string;
}) {
  const { db, clock, queue, booking, publicUrl } = deps;
  return async function notifyCalendarConflicts(userId: string) {
    for (const { interview: row } of await repo.listUpcomingCalendarConflicts(db, userId, clock.now())) {
      const organizer = row.createdBy ? await repo.findUserContact(db, row.createdBy) : undefined;
      if (!organizer) continue;
      const people = await repo.listParticipants(db, [row.id]);
      const who = people.find((p) => p.userId === userId)?.name ?? "A participant";
      const alternatives = await booking.alternatives(
        panelOfInterview(row, people),
        rulesOfInterview(row),
        row.startAt.getTime(),
        row.id,
      );
      const timeZone = (await findAvailability(db, organizer.id))?.timeZone ?? "UTC";
      await enqueueMail(
        queue,
        conflictMail(row, who, { ...organizer, timeZone }, alternatives.slice(0, 3), publicUrl),
        `calendar-conflict:${row.id}:${row.sequence}:${userId}`,
      );
    }
  };
}
