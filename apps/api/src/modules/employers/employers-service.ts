import type { DbOrTx } from "@hirefolio/db";
import type { createEmployerSchema, createInvitationSchema, Employer, Invitation } from "@hirefolio/shared";
import type { z } from "zod";
import type { Auth } from "../../auth/create-auth";
import type { SessionUser } from "../../http/auth-guard";
import { problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { PlanGuard } from "../billing/plan-guard";
import * as repo from "./employers-repo";

type EmployerRow = Awaited<ReturnType<typeof repo.listEmployersOfUser>>[number];
type InvitationRow = Awaited<ReturnType<typeof repo.listInvitationsOfEmployer>>[number];

export function toEmployer(row: EmployerRow): Employer {
  return { ...row, myRole: row.myRole as Employer["myRole"], createdAt: row.createdAt.toISOString() };
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    ...row,
    role: (row.role ?? "member") as Invitation["role"],
    status: row.status as Invitation["status"],
    expiresAt: row.expiresAt.toISOString(),
  };
}

function slugify(name: string) {
  return (
    name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50) || "employer"
  );
}

export function createEmployersService(deps: {
  db: DbOrTx;
  auth: Auth;
  clock: Clock;
  seats: Pick<PlanGuard, "assertSeatForInvitation" | "assertSeatForJoining">;
}) {
  const { db, auth, clock } = deps;

  /** Members of the employer, and platform admins, may see it; everyone else gets 404, not 403. */
  async function requireMember(user: SessionUser, employerId: string, roles?: repo.MemberRole[]) {
    const role = await repo.findMembership(db, user.id, employerId);
    if (!role) {
      if (user.role === "admin") return "admin" as const;
      throw problems.notFound("Employer");
    }
    if (roles && !roles.includes(role)) {
      throw problems.forbidden(`Only ${roles.join(" or ")} members of this employer may do that.`);
    }
    return role;
  }

  async function uniqueSlug(base: string) {
    let slug = base;
    for (let n = 2; await repo.slugTaken(db, slug); n++) slug = `${base}-${n}`;
    return slug;
  }

  return {
    requireMember,

    async listMine(user: SessionUser) {
      return (await repo.listEmployersOfUser(db, user.id)).map(toEmployer);
    },

    async get(user: SessionUser, employerId: string) {
      await requireMember(user, employerId);
      const [row] = await repo.listEmployersOfUser(db, user.id, employerId);
      if (!row) throw problems.notFound("Employer");
      return toEmployer(row);
    },

    async create(user: SessionUser, input: z.infer<typeof createEmployerSchema>, headers: Headers) {
      if (user.role === "candidate") throw problems.forbidden("Only recruiter accounts can create an employer.");
      if (input.slug && (await repo.slugTaken(db, input.slug))) {
        throw problems.conflict(`The address "${input.slug}" is taken; choose another.`);
      }
      const slug = input.slug ?? (await uniqueSlug(slugify(input.name)));
      const created = await auth.api.createOrganization({
        body: { name: input.name, slug, website: input.website },
        headers,
      });
      if (!created) throw new Error("organization was not created");
      return this.get(user, created.id);
    },

    async members(user: SessionUser, employerId: string) {
      await requireMember(user, employerId);
      return (await repo.listMembers(db, employerId)).map((m) => ({
        ...m,
        role: m.role as repo.MemberRole,
        joinedAt: m.joinedAt.toISOString(),
      }));
    },

    async invitations(user: SessionUser, employerId: string) {
      await requireMember(user, employerId);
      return (await repo.listInvitationsOfEmployer(db, employerId)).map(toInvitation);
    },

    async invite(
      user: SessionUser,
      employerId: string,
      input: z.infer<typeof createInvitationSchema>,
      headers: Headers,
    ) {
      await requireMember(user, employerId, ["owner", "admin"]);
      await deps.seats.assertSeatForInvitation(employerId, input.email);
      const created = await auth.api.createInvitation({
        body: { email: input.email.toLowerCase(), role: input.role, organizationId: employerId },
        headers,
      });
      const row = await repo.findInvitation(db, created.id);
      if (!row) throw new Error("invitation was not stored");
      return toInvitation(row);
    },

    async myInvitations(user: SessionUser) {
      if (!user.emailVerified) return [];
      return (await repo.listPendingInvitationsFor(db, user.email, clock.now())).map(toInvitation);
    },

    async accept(user: SessionUser, invitationId: string, headers: Headers) {
      const invitation = await repo.findInvitation(db, invitationId);
      if (!invitation || invitation.email.toLowerCase() !== user.email.toLowerCase()) {
        throw problems.notFound("Invitation");
      }
      if (!user.emailVerified) {
        throw problems.forbidden("Confirm your email address first; the invitation was sent to it.");
      }
      await deps.seats.assertSeatForJoining(invitation.employerId, invitation.employerName);
      await auth.api.acceptInvitation({ body: { invitationId }, headers });
      return this.get(user, invitation.employerId);
    },
  };
}

export type EmployersService = ReturnType<typeof createEmployersService>;
