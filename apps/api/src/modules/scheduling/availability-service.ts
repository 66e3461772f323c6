import type { Db } from "@hirefolio/db";
import type { Availability, AvailabilityInput } from "@hirefolio/shared";
import type { SessionUser } from "../../http/auth-guard";
import type { Clock } from "../../platform/clock";
import * as repo from "./availability-repo";

const officeHours = [{ start: "09:00", end: "17:00" }];

/** What a user who never saved availability is taken to have: weekdays 09:00–17:00 UTC. */
export const defaultAvailability: AvailabilityInput = {
  timeZone: "UTC",
  weeklyHours: { mon: officeHours, tue: officeHours, wed: officeHours, thu: officeHours, fri: officeHours },
  dateOverrides: [],
  outOfOffice: [],
  preferences: {},
  limits: {},
};

/** Saved availability, or the default in the zone the user set on their profile (else UTC). */
export function toAvailability(row: repo.AvailabilityRow | undefined, profileTimeZone?: string): Availability {
  if (!row) return { ...defaultAvailability, timeZone: profileTimeZone ?? "UTC", configured: false, updatedAt: null };
  const { userId: _, updatedAt, ...input } = row;
  return { ...input, configured: true, updatedAt: updatedAt.toISOString() };
}

export function createAvailabilityService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async get(user: SessionUser) {
      const [row, zones] = await Promise.all([
        repo.findAvailability(db, user.id),
        repo.listProfileTimeZones(db, [user.id]),
      ]);
      return toAvailability(row, zones.get(user.id));
    },
    async put(user: SessionUser, input: AvailabilityInput) {
      return toAvailability(await repo.saveAvailability(db, user.id, input, clock.now()));
    },
  };
}

export type AvailabilityService = ReturnType<typeof createAvailabilityService>;
