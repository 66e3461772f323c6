import type { Db } from "@hirefolio/db";
import type { SessionUser } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import { findMembership, listMembers } from "../employers/employers-repo";
import { listCalendarBusy } from "./busy-repo";

/**
 * Imported-calendar busy time of an employer's members, for the recruiter's week view: only times, never titles,
 * and only to members of that employer (anyone else gets 404, so employer ids do not leak what exists).
 */
export function createTeamBusyService(db: Db) {
  return {
    async list(user: SessionUser, employerId: string, from: string, to: string) {
      if (!(await findMembership(db, user.id, employerId))) throw problems.notFound("Employer");
      const memberIds = (await listMembers(db, employerId)).map((m) => m.userId);
      const blocks = await listCalendarBusy(db, memberIds, new Date(from), new Date(to));
      return {
        items: blocks.map((b) => ({ userId: b.userId, start: b.startAt.toISOString(), end: b.endAt.toISOString() })),
      };
    },
  };
}
