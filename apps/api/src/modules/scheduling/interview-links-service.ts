import type { Db } from "@hirefolio/db";
import type { SuggestedSlot } from "@hirefolio/shared";
import { DateTime } from "luxon";
import { HttpProblem, problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { InterviewBooking } from "./interview-booking";
import { findLinkedInterview } from "./interview-links-repo";
import type { InterviewLoopsService } from "./interview-loops-service";
import { panelOfInterview, rulesOfInterview } from "./interview-panel";
import { type InterviewRow, listParticipants, type ParticipantRow } from "./interviews-repo";
import type { ChangeRequest } from "./scheduling-events";
import { hashToken } from "./secret-token";

/** An instant as the candidate reads it: ISO 8601 with the offset of their zone. */
function inZone(at: Date | string, timeZone: string) {
  const instant = typeof at === "string" ? DateTime.fromISO(at) : DateTime.fromJSDate(at);
  return instant.setZone(timeZone).toISO({ suppressMilliseconds: true })!;
}

/** The 409 of a lost race, with the alternatives' interviewer ids removed: the link's page never shows them. */
function withoutInterviewerIds(error: unknown, timeZone: string) {
  const alternatives = error instanceof HttpProblem ? error.extensions?.alternatives : undefined;
  if (!(error instanceof HttpProblem) || !Array.isArray(alternatives)) return error;
  const { status, slug, title, detail, errors, headers } = error;
  return new HttpProblem(status, slug, title, detail, errors, headers, {
    alternatives: alternatives.map(({ start, end, score, reasons }: SuggestedSlot) => ({
      start: inZone(start, timeZone),
      end: inZone(end, timeZone),
      score,
      reasons,
      interviewers: [],
    })),
  });
}

/** The link is the candidate's own, from their invitation: whoever uses it acts as the candidate. */
function byCandidate(people: ParticipantRow[]): ChangeRequest {
  return { by: "candidate", actorId: people.find((p) => p.role === "candidate")?.userId ?? null };
}

function linkGone(type: string, title: string) {
  return new HttpProblem(410, type, title, "This link no longer changes the interview; contact the hiring team.");
}

/** What a link changes: one interview, or every session of the loop it belongs to. */
interface LinkedSessions {
  rows: InterviewRow[];
  people: ParticipantRow[];
  loopId: string | null;
  employerName: string;
}

/**
 * The candidate's own reschedule/cancel links from their invitations. The token is the only credential (only its
 * hash is stored), so the page shows the interview in the candidate's zone and no interviewer ids; moves go through
 * the same checks and exclusion constraint as the hiring team's, so a race answers 409 with alternatives. A link
 * to a session of a loop moves and cancels the whole loop.
 */
export function createInterviewLinksService(deps: {
  db: Db;
  clock: Clock;
  booking: InterviewBooking;
  loops: InterviewLoopsService;
}) {
  const { db, clock, booking, loops } = deps;

  /** The linked sessions while they can still change: cancelled or finished ones answer 410. */
  async function loadChangeable(token: string): Promise<LinkedSessions> {
    const found = await findLinkedInterview(db, hashToken(token));
    if (!found) throw problems.notFound("Interview link");
    const { interview: row, employerName } = found;
    const { rows, people } = row.loopId
      ? await loops.load(row.loopId)
      : { rows: [row], people: await listParticipants(db, [row.id]) };
    const active = rows.filter((r) => r.status !== "cancelled");
    if (active.length === 0) throw linkGone("interview-cancelled", "This interview is cancelled");
    if (active.at(-1)!.endAt <= clock.now()) throw linkGone("interview-over", "This interview is over");
    return { rows: active, people, loopId: row.loopId, employerName };
  }

  function linked(rows: InterviewRow[], employerName: string, timeZone: string) {
    const first = rows[0]!;
    return {
      title: rows.length === 1 ? first.title : `${rows.length} interviews`,
      employerName,
      start: inZone(first.startAt, timeZone),
      end: inZone(rows.at(-1)!.endAt, timeZone),
      timeZone,
      status: rows.every((r) => r.status === "cancelled") ? ("cancelled" as const) : ("confirmed" as const),
      videoLink: first.videoLink,
      sessions: rows.map((r) => ({
        title: r.title,
        start: inZone(r.startAt, timeZone),
        end: inZone(r.endAt, timeZone),
      })),
    };
  }

  return {
    async view(token: string, timeZone?: string) {
      const { rows, people, loopId, employerName } = await loadChangeable(token);
      const row = rows[0]!;
      const zone = timeZone ?? row.candidateTimeZone;
      const slots = loopId
        ? await loops.alternatives(rows, people)
        : await booking.alternatives(
            panelOfInterview(row, people),
            rulesOfInterview(row),
            row.startAt.getTime(),
            row.id,
          );
      // The panel is free at the interview's own time too (it is left out of busy time); offering it is a no-op move.
      const moves = slots.filter((slot) => Date.parse(slot.start) !== row.startAt.getTime());
      return {
        interview: linked(rows, employerName, zone),
        alternatives: moves.map((slot) => ({ start: inZone(slot.start, zone), end: inZone(slot.end, zone) })),
      };
    },

    async reschedule(token: string, start: string) {
      const { rows, people, loopId, employerName } = await loadChangeable(token);
      const row = rows[0]!;
      try {
        const moved = loopId
          ? await loops.move(loopId, rows, people, Date.parse(start), byCandidate(people))
          : [
              await booking.reschedule(
                row,
                panelOfInterview(row, people),
                rulesOfInterview(row),
                Date.parse(start),
                byCandidate(people),
              ),
            ];
        return linked(moved, employerName, row.candidateTimeZone);
      } catch (error) {
        throw withoutInterviewerIds(error, row.candidateTimeZone);
      }
    },

    async cancel(token: string, reason: string) {
      const { rows, people, loopId, employerName } = await loadChangeable(token);
      const cancelled = loopId
        ? await loops.cancelAll(loopId, rows, byCandidate(people), reason || undefined)
        : [await booking.cancel(rows[0]!, byCandidate(people), reason || undefined)];
      return linked(cancelled, employerName, rows[0]!.candidateTimeZone);
    },
  };
}

export type InterviewLinksService = ReturnType<typeof createInterviewLinksService>;
