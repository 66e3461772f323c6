import type { Role } from "@hirefolio/shared";

export interface NavLink {
  href: string;
  label: string;
}

const candidateLinks: NavLink[] = [
  { href: "/candidate", label: "Dashboard" },
  { href: "/jobs", label: "Jobs" },
  { href: "/career-coach", label: "Career coach" },
  { href: "/resume/builder", label: "Resume" },
  { href: "/profile/portfolio", label: "Portfolio" },
];

const recruiterLinks: NavLink[] = [
  { href: "/recruiter", label: "Dashboard" },
  { href: "/recruiter/jobs", label: "Jobs" },
  { href: "/scheduling", label: "Scheduling" },
  { href: "/recruiter/team", label: "Team" },
];

/** Admins run the recruiting side too, plus the pages only they may open. */
const adminLinks: NavLink[] = [...recruiterLinks, { href: "/admin/metrics", label: "Metrics" }];

const publicLinks: NavLink[] = [
  { href: "/jobs", label: "Browse jobs" },
  { href: "/about", label: "About" },
];

export function navLinksFor(role: Role | undefined): NavLink[] {
  if (!role) return publicLinks;
  if (role === "admin") return adminLinks;
  return role === "candidate" ? candidateLinks : recruiterLinks;
}

/** The link for the current page: the longest href that prefixes the path, so /recruiter/jobs beats /recruiter. */
export function activeHref(links: NavLink[], pathname: string): string | undefined {
  return links
    .filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
