import type { Employer } from "@hirefolio/shared";
import type { BadgeTone } from "@/components/ui/badge";

export type MemberRole = Employer["myRole"];

export const memberRoleLabels: Record<MemberRole, string> = { owner: "Owner", admin: "Admin", member: "Member" };

export const memberRoleTones: Record<MemberRole, BadgeTone> = { owner: "violet", admin: "brand", member: "neutral" };

export function canManageTeam(role: MemberRole): boolean {
  return role === "owner" || role === "admin";
}
