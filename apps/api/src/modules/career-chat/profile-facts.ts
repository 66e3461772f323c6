import type { CandidateProfile, CareerCoachFacts } from "@hirefolio/shared";
import type { StatedFacts } from "./career-coach-tools";

/**
 * How sure an occupation match must be to stand for a profile field. A target role is typed as a job title, so a
 * fair match will do; a headline is free prose ("Full-stack developer who ships …"), so only a near-exact title
 * counts ("Casey" matches "casey saw operator" at 0.83).
 */
export const PROFILE_MATCH = { targetRole: 0.7, headline: 0.9 };

/** Seniority says nothing about the occupation and lowers the match ("Senior software engineer" 0.67 vs 0.99). */
const SENIORITY = /^(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|entry[- ]level|graduate|trainee)\s+/i;
/** Where a headline's job title ends: "Registered nurse at St. Mary's", "Web developer · React, TypeScript". */
const TITLE_END = /\s+(?:who|that|with|at|for|in|@|and)\s+|\s+[-–—]\s+|[·|•,:;/()]/i;

/** The job title a profile field starts with, without seniority: what the occupation matcher should read. */
export function profileJobTitle(text: string): string | undefined {
  const title = text.split(TITLE_END)[0]?.replace(SENIORITY, "").trim();
  return title && /\p{L}/u.test(title) ? title : undefined;
}

type MatchTitle = (title: string) => Promise<{ code: string; score: number } | undefined>;

/**
 * The facts a profile gives a conversation that has not learned them yet: its target role, its headline's role
 * when that is clearly an occupation, its location. What the conversation already knows is kept.
 */
export async function factsFromProfile(
  profile: Pick<CandidateProfile, "headline" | "targetRole" | "location">,
  known: CareerCoachFacts,
  match: MatchTitle,
): Promise<CareerCoachFacts> {
  const role = async (text: string, threshold: number) => {
    const title = profileJobTitle(text);
    const best = title ? await match(title) : undefined;
    return best && best.score >= threshold ? best.code : undefined;
  };
  const facts = { ...known };
  if (!facts.targetRole && profile.targetRole)
    facts.targetRole = await role(profile.targetRole, PROFILE_MATCH.targetRole);
  if (!facts.currentRole && profile.headline) facts.currentRole = await role(profile.headline, PROFILE_MATCH.headline);
  if (!facts.location && profile.location) facts.location = profile.location;
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
}

/** Profile fields hold what the user typed, so the user's words go there, not the occupation's O*NET title. */
export type ProfileFacts = { headline?: string; targetRole?: string; location?: string };

const asTyped = (text: string, max: number) => (text.charAt(0).toUpperCase() + text.slice(1)).slice(0, max);

/** The facts the user stated, as profile fields: a current role is the headline, a target the target role. */
export function profileFieldsFrom(stated: StatedFacts): ProfileFacts {
  return {
    ...(stated.currentRole ? { headline: asTyped(stated.currentRole, 160) } : {}),
    ...(stated.targetRole ? { targetRole: asTyped(stated.targetRole, 120) } : {}),
    ...(stated.location ? { location: stated.location } : {}),
  };
}
