import type { BadgeId } from "@hirefolio/shared";

/** What the badge rules look at, gathered from the database by the badges service. */
export interface BadgeFacts {
  applications: number;
  profile: {
    headline: boolean;
    location: boolean;
    targetRole: boolean;
    skills: number;
    avatar: boolean;
    bio: boolean;
  };
  readyVideos: number;
  /** Best score in the candidate's ATS score history; null when no resume was ever scored. */
  bestAtsScore: number | null;
  bookedInterviews: number;
  publicPortfolio: boolean;
  portfolioProjects: number;
  approvedTestimonials: number;
}

export interface BadgeDefinition {
  id: BadgeId;
  name: string;
  description: string;
  /** The criteria narrative written into the credential: what was checked, in words a verifier reads. */
  criteria: string;
}

export interface BadgeProgress {
  badge: BadgeId;
  earned: boolean;
  current: number;
  target: number;
  hint: string;
}

export const profileSkillsTarget = 3;
export const atsScoreTarget = 80;
export const endorsementTarget = 3;

interface BadgeRule extends BadgeDefinition {
  progress(facts: BadgeFacts): { current: number; target: number; hint: string };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One step: done or not, and what to do when not. */
function step(done: boolean, todo: string, doneHint: string) {
  return { current: done ? 1 : 0, target: 1, hint: done ? doneHint : todo };
}

function profileProgress({ profile }: BadgeFacts) {
  const missing = [
    profile.headline ? null : "a headline",
    profile.location ? null : "a location",
    profile.targetRole ? null : "a target role",
    profile.skills >= profileSkillsTarget
      ? null
      : `${plural(profileSkillsTarget - profile.skills, "more skill", "more skills")}`,
    profile.avatar ? null : "a photo",
    profile.bio ? null : "a bio",
  ].filter((item): item is string => item !== null);
  const target = 6;
  const current = target - missing.length;
  const hint =
    missing.length === 0
      ? "Profile complete"
      : `${current} of ${target} done: add ${missing.length > 1 ? `${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}` : missing[0]}`;
  return { current, target, hint };
}

const rules: readonly BadgeRule[] = [
  {
    id: "first-application",
    name: "First application",
    description: "Applied for a job on Hirefolio.",
    criteria: "The recipient submitted at least one job application through Hirefolio.",
    progress: (f) => step(f.applications > 0, "Apply for a job", plural(f.applications, "application", "applications")),
  },
  {
    id: "profile-complete",
    name: "Profile complete",
    description: "Filled in every part of the candidate profile.",
    criteria: `The recipient's profile has a headline, a location, a target role, at least ${profileSkillsTarget} skills, a photo and a bio.`,
    progress: profileProgress,
  },
  {
    id: "video-intro",
    name: "On camera",
    description: "Recorded a video introduction.",
    criteria: "The recipient recorded a video introduction of up to 60 seconds that passed processing.",
    progress: (f) => step(f.readyVideos > 0, "Record a 60-second video introduction", "Video introduction ready"),
  },
  {
    id: "ats-80",
    name: "ATS ready",
    description: `Scored ${atsScoreTarget} or more in an ATS check of a resume.`,
    criteria: `A resume of the recipient scored at least ${atsScoreTarget} out of 100 in Hirefolio's ATS analysis against a job description.`,
    progress: ({ bestAtsScore: best }) => ({
      current: Math.min(best ?? 0, atsScoreTarget),
      target: atsScoreTarget,
      hint:
        best === null
          ? "Check a resume against a job description"
          : best >= atsScoreTarget
            ? `Best ATS score ${best}`
            : `Best ATS score ${best} of ${atsScoreTarget} needed`,
    }),
  },
  {
    id: "first-interview",
    name: "First interview",
    description: "Had an interview booked by an employer.",
    criteria: "An employer booked an interview for one of the recipient's applications on Hirefolio.",
    progress: (f) =>
      step(
        f.bookedInterviews > 0,
        "Get invited to an interview",
        plural(f.bookedInterviews, "interview", "interviews"),
      ),
  },
  {
    id: "portfolio-published",
    name: "Portfolio live",
    description: "Published a public portfolio with at least one project.",
    criteria: "The recipient published a public Hirefolio portfolio showing at least one project.",
    progress: (f) => {
      const todo =
        !f.publicPortfolio && f.portfolioProjects === 0
          ? "Add a project and make your portfolio public"
          : !f.publicPortfolio
            ? "Make your portfolio public"
            : "Add a project to your portfolio";
      return step(f.publicPortfolio && f.portfolioProjects > 0, todo, "Portfolio is public");
    },
  },
  {
    id: "endorsed-3",
    name: "Endorsed",
    description: `Received ${endorsementTarget} testimonials from colleagues.`,
    criteria: `At least ${endorsementTarget} colleagues wrote testimonials for the recipient, each through a one-time link sent to them, and the recipient approved them.`,
    progress: (f) => ({
      current: Math.min(f.approvedTestimonials, endorsementTarget),
      target: endorsementTarget,
      hint: `${Math.min(f.approvedTestimonials, endorsementTarget)} of ${endorsementTarget} endorsements`,
    }),
  },
];

export const badgeDefinitions: readonly BadgeDefinition[] = rules.map(({ progress: _, ...definition }) => definition);

export function badgeDefinition(id: BadgeId): BadgeDefinition {
  const found = badgeDefinitions.find((definition) => definition.id === id);
  if (!found) throw new Error(`unknown badge ${id}`);
  return found;
}

/** Every badge with how far the facts go towards it; a badge is earned when its progress reaches the target. */
export function badgeProgress(facts: BadgeFacts): BadgeProgress[] {
  return rules.map((rule) => {
    const { current, target, hint } = rule.progress(facts);
    return { badge: rule.id, earned: current >= target, current, target, hint };
  });
}
