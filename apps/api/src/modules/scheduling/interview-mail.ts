import { type IcsEvent, writeInvite } from "../../engines/calendar/ics-write";
import type { MailMessage } from "../../platform/mail/mailer";
import type { InterviewRow, ParticipantRow } from "./interviews-repo";

export type InviteMethod = "REQUEST" | "CANCEL";

/** "Tuesday, 10 March 2026, 09:00 – 10:00 Eastern Daylight Time": the zone is named so nobody guesses it. */
export function describeTimes(start: Date, end: Date, timeZone: string) {
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "full" }).format(start);
  const clock = (at: Date, zoneName?: "long") =>
    new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", timeZoneName: zoneName }).format(
      at,
    );
  return `${day}, ${clock(start)} – ${clock(end, "long")}`;
}

function icsEvent(row: InterviewRow, people: ParticipantRow[], organizerEmail: string): IcsEvent {
  return {
    uid: row.icalUid,
    sequence: row.sequence,
    start: row.startAt.getTime(),
    end: row.endAt.getTime(),
    summary: row.title,
    ...(row.videoLink ? { url: row.videoLink, location: row.videoLink } : {}),
    organizer: { email: organizerEmail, name: "Hirefolio" },
    attendees: people.map((p) => ({
      email: p.email,
      name: p.name,
      role: p.required ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT",
      partstat: "NEEDS-ACTION",
      rsvp: true,
    })),
  };
}

/** What an invitation says besides the interview itself. */
export interface InvitationNotes {
  /** The candidate's page to move or cancel the interview without signing in. */
  manageUrl?: string;
  /** Why it was cancelled, as the person who cancelled wrote it. */
  reason?: string;
}

/**
 * One invitation per participant with an iTIP attachment: REQUEST for a new or moved interview (same UID,
 * SEQUENCE raised on each move), CANCEL when it is called off.
 */
export function invitationMail(
  method: InviteMethod,
  row: InterviewRow,
  people: ParticipantRow[],
  recipient: ParticipantRow & { timeZone: string },
  organizerEmail: string,
  now: Date,
  notes: InvitationNotes = {},
): MailMessage {
  const when = describeTimes(row.startAt, row.endAt, recipient.timeZone);
  const verb = method === "CANCEL" ? "Cancelled" : row.sequence === 0 ? "Invitation" : "Updated invitation";
  const lines = [
    `Hi ${recipient.name},`,
    "",
    method === "CANCEL" ? `${row.title} on ${when} is cancelled.` : `${row.title}\n${when}`,
    ...(method === "REQUEST" && row.videoLink ? ["", `Join: ${row.videoLink}`] : []),
    ...(method === "CANCEL" && notes.reason ? ["", `Reason: ${notes.reason}`] : []),
    ...(notes.manageUrl
      ? ["", `Need another time, or can't make it? Reschedule or cancel here:\n${notes.manageUrl}`]
      : []),
    "",
    "— Hirefolio",
  ];
  return {
    to: recipient.email,
    subject: `${verb}: ${row.title} — ${when}`,
    text: lines.join("\n"),
    attachments: [
      {
        filename: method === "CANCEL" ? "cancel.ics" : "invite.ics",
        contentType: `text/calendar; method=${method}; charset=UTF-8`,
        content: writeInvite(method, icsEvent(row, people, organizerEmail), now.getTime()),
      },
    ],
  };
}

export function reminderMail(row: InterviewRow, recipient: ParticipantRow & { timeZone: string }): MailMessage {
  const when = describeTimes(row.startAt, row.endAt, recipient.timeZone);
  const join = row.videoLink ? `\n\nJoin: ${row.videoLink}` : "";
  return {
    to: recipient.email,
    subject: `Reminder: ${row.title} — ${when}`,
    text: `Hi ${recipient.name},\n\n${row.title} is coming up: ${when}.${join}\n\n— Hirefolio`,
  };
}

export function feedbackPromptMail(row: InterviewRow, recipient: ParticipantRow, publicUrl: string): MailMessage {
  return {
    to: recipient.email,
    subject: `Feedback: ${row.title}`,
    text: `Hi ${recipient.name},\n\n${row.title} has ended. Record your feedback while it is fresh, and schedule the next round if the candidate moves on:\n${publicUrl}/scheduling?interview=${row.id}\n\n— Hirefolio`,
  };
}

/**
 * One mail per participant for a loop, with one iTIP attachment per session they take part in: each session
 * keeps its own UID and SEQUENCE, which is how calendar clients accept several events from one invitation.
 */
export function loopInvitationMail(
  method: InviteMethod,
  sessions: { row: InterviewRow; people: ParticipantRow[] }[],
  recipient: ParticipantRow & { timeZone: string },
  organizerEmail: string,
  now: Date,
  notes: InvitationNotes = {},
): MailMessage {
  const first = sessions[0]!.row;
  const last = sessions.at(-1)!.row;
  const lines = sessions.map(
    ({ row }) => `- ${row.title}: ${describeTimes(row.startAt, row.endAt, recipient.timeZone)}`,
  );
  const verb = method === "CANCEL" ? "Cancelled" : sessions.some((s) => s.row.sequence > 0) ? "Updated" : "Invitation";
  const day = new Intl.DateTimeFormat("en-GB", { timeZone: recipient.timeZone, dateStyle: "full" }).format(
    first.startAt,
  );
  return {
    to: recipient.email,
    subject: `${verb}: interview loop of ${sessions.length} sessions — ${day}`,
    text: [
      `Hi ${recipient.name},`,
      "",
      method === "CANCEL" ? "These interviews are cancelled:" : "Your interviews:",
      ...lines,
      ...(method === "REQUEST" && first.videoLink ? ["", `Join: ${first.videoLink}`] : []),
      ...(method === "CANCEL" && notes.reason ? ["", `Reason: ${notes.reason}`] : []),
      "",
      `From ${describeTimes(first.startAt, last.endAt, recipient.timeZone)}.`,
      ...(notes.manageUrl
        ? ["", `Need other times, or can't make it? Reschedule or cancel all sessions here:\n${notes.manageUrl}`]
        : []),
      "",
      "— Hirefolio",
    ].join("\n"),
    attachments: sessions.map(({ row, people }, i) => ({
      filename: `${method === "CANCEL" ? "cancel" : "invite"}-${i + 1}.ics`,
      contentType: `text/calendar; method=${method}; charset=UTF-8`,
      content: writeInvite(method, icsEvent(row, people, organizerEmail), now.getTime()),
    })),
  };
}
