import type { DbOrTx } from "@hirefolio/db";
import type { CandidateProfile, UpdateCandidateProfile } from "@hirefolio/shared";
import type { SessionUser } from "../../http/auth-guard";
import type { Clock } from "../../platform/clock";
import { recordProfileCompletion } from "./profile-completion";
import * as repo from "./profiles-repo";

/** Four equal parts; three skills is the least that says what someone does. */
export function profileCompleteness(p: Pick<repo.ProfileRow, "headline" | "location" | "targetRole" | "skills">) {
  const parts = [p.headline.length > 0, p.location.length > 0, p.targetRole.length > 0, p.skills.length >= 3];
  return Math.round((parts.filter(Boolean).length / parts.length) * 100);
}

function toProfile(row: repo.ProfileRow): CandidateProfile {
  return {
    userId: row.userId,
    headline: row.headline,
    location: row.location,
    timezone: row.timezone,
    targetRole: row.targetRole,
    skills: row.skills,
    completeness: profileCompleteness(row),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function dedupeSkills(skills: string[]) {
  const seen = new Map<string, string>();
  for (const skill of skills) if (!seen.has(skill.toLowerCase())) seen.set(skill.toLowerCase(), skill);
  return [...seen.values()];
}

export function createProfilesService(deps: { db: DbOrTx; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async get(user: SessionUser) {
      return toProfile(await repo.findOrCreateProfile(db, user.id, clock.now()));
    },
    async update(user: SessionUser, patch: UpdateCandidateProfile) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        await repo.findOrCreateProfile(tx, user.id, now);
        await repo.updateProfile(tx, user.id, { ...patch, skills: patch.skills && dedupeSkills(patch.skills) }, now);
        await recordProfileCompletion(tx, user.id, now);
      });
      return this.get(user);
    },
    /** Fills the named fields only where the user has left them empty (what the career coach learned). */
    async fillEmpty(
      user: SessionUser,
      fields: Partial<Pick<UpdateCandidateProfile, "headline" | "location" | "targetRole">>,
    ) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        await repo.findOrCreateProfile(tx, user.id, now);
        await repo.fillEmptyFields(tx, user.id, fields, now);
        await recordProfileCompletion(tx, user.id, now);
      });
    },
  };
}

export type ProfilesService = ReturnType<typeof createProfilesService>;
