import type { Role } from "@hirefolio/shared";

export function dashboardPathFor(role: Role): string {
  return role === "candidate" ? "/candidate" : "/recruiter";
}

/** Only same-site paths, so a crafted `?next=` link can't send someone to another site after signing in. */
export function safeNextPath(value: string | undefined): string | undefined {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  return value;
}

export function signInPathFor(next: string): string {
  return `/sign-in?next=${encodeURIComponent(next)}`;
}
