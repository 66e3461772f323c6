import type {
  JobSearchGap,
  JobSearchPlan,
  JobSearchProgress,
  JobSearchSituation,
  JobSearchTask,
  JobSearchTaskCategory,
  JobSearchUrgency,
} from "@hirefolio/shared";

/**
 * Job search strategy: turns a situation (target role and its O*NET data, skill gaps, job zones, location, urgency,
 * weekly hours) into a plan of weeks with concrete, checkable tasks that fit the weekly hours. Pure: the start date
 * and "today" are inputs. Hours are counted in quarter hours so the sums that must fit a budget are exact.
 */

/** Plan length in weeks by urgency; within the range, a bigger skill gap gives a longer plan. */
const WEEKS: Record<JobSearchUrgency, readonly [min: number, max: number]> = {
  asap: [4, 6],
  "within-3-months": [6, 10],
  exploring: [8, 12],
};
/** Applications a week at a typical budget; a larger budget raises it (see applicationsCap). */
const APPLICATIONS_PER_WEEK: Record<JobSearchUrgency, number> = { asap: 8, "within-3-months": 5, exploring: 3 };
/** How long applications wait for skills, as a share of the plan per unit of missing readiness. */
const SKILLS_LEAD: Record<JobSearchUrgency, number> = { asap: 0, "within-3-months": 0.5, exploring: 0.8 };
/** Without a current role there is no gap analysis; plan as for someone most of the way there. */
const READINESS_UNKNOWN = 0.7;
/** A step of this many O*NET job zones or more is rarely made in one move. */
export const BRIDGE_STEP = 2;
const SEARCH_TERMS = 4;

/** Quarter hours per unit of counted work: one tailored application, one outreach message, one practice answer. */
const UNIT = { application: 3, message: 1, practiceAnswer: 2, story: 2 } as const;
const q = (hours: number) => Math.round(hours * 4);

/** O*NET's Job Zone definitions: the preparation most jobs in the zone ask for. */
const JOB_ZONE_PREPARATION: Record<number, string> = {
  1: "little or no preparation; some ask for a high school diploma",
  2: "some preparation; usually a high school diploma",
  3: "medium preparation; most ask for vocational training, on-the-job experience or an associate's degree",
  4: "considerable preparation; most ask for a bachelor's degree",
  5: "extensive preparation; most ask for a graduate degree",
};

const FOCUS: Record<JobSearchTaskCategory, string> = {
  "search-setup": "Set up your search",
  resume: "Polish your resume",
  skills: "Close skill gaps",
  applications: "Apply",
  networking: "Build your network",
  interview: "Get interview-ready",
};

export type LocationKind = { kind: "none" } | { kind: "remote" } | { kind: "place"; place: string };

/** "Remote", "work from home" → remote; "anywhere", "no preference" → none; anything else is a place. */
export function locationKind(location: string | null): LocationKind {
  const text = location?.trim() ?? "";
  if (!text || /^(any ?where|any|no preference|none|n\/?a|doesn'?t matter|not sure)$/i.test(text)) {
    return { kind: "none" };
  }
  if (/\b(remote(ly)?|work(ing)? from home|wfh|home.?based)\b/i.test(text)) return { kind: "remote" };
  return { kind: "place", place: text };
}

/** "Software Developers" → "software developer"; O*NET titles are plural nouns. */
export function singularTitle(title: string): string {
  const lower = title.toLowerCase();
  if (/ies$/.test(lower)) return lower.replace(/ies$/, "y");
  if (/(ss|ch|sh|x)es$/.test(lower)) return lower.replace(/es$/, "");
  if (/[^s]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/**
 * Titles to search job boards for: the target's own title, then what people in the job report calling it (the
 * common titles: "software engineer"), then O*NET alternate titles, which include niche ones (".net developer"),
 * preferring those that share the title's head noun and are short. Catch-all titles ("…, All Other") and ones with
 * parenthesised abbreviations make poor searches and are left out.
 */
export function searchTerms(
  target: Pick<JobSearchSituation["target"], "title" | "alternateTitles" | "reportedTitles">,
): string[] {
  const own = /all other/i.test(target.title) ? [] : [singularTitle(target.title)];
  const head = singularTitle(target.title).split(/\s+/).at(-1) ?? "";
  const usable = (titles: string[]) =>
    titles.map((t) => t.trim().toLowerCase()).filter((t) => t && t.length <= 40 && !/[()/]/.test(t));
  const alternates = usable(target.alternateTitles)
    .map((t, order) => ({ t, order, shares: head && t.split(/\s+/).includes(head) ? 0 : 1, words: t.split(/\s+/) }))
    .sort((a, b) => a.shares - b.shares || a.words.length - b.words.length || a.order - b.order)
    .map((a) => a.t);
  return [...new Set([...own, ...usable(target.reportedTitles), ...alternates])].slice(0, SEARCH_TERMS);
}

/** A task before the weekly budget sizes it: its hours may range from minQ to maxQ (in steps of unitQ if counted). */
interface Proposal {
  key: string;
  category: JobSearchTaskCategory;
  /** Lower comes first when the week's hours run out. */
  priority: number;
  title: (count: number | null) => string;
  detail: string;
  evidence: string;
  link: string | null;
  minQ: number;
  maxQ: number;
  unitQ?: number;
  /** One-off tasks that do not fit move to the next week instead of being dropped. */
  carry?: boolean;
  gap?: JobSearchGap;
}

interface Sized {
  proposal: Proposal;
  quarters: number;
}

/** Highest priority first: each gets its minimum while hours last, then the rest is shared out in priority order. */
function fitToBudget(proposals: readonly Proposal[], budgetQ: number) {
  const sorted = [...proposals].sort((a, b) => a.priority - b.priority);
  let left = budgetQ;
  const chosen: Sized[] = [];
  const skipped: Proposal[] = [];
  for (const proposal of sorted) {
    if (proposal.minQ <= left) {
      chosen.push({ proposal, quarters: proposal.minQ });
      left -= proposal.minQ;
    } else skipped.push(proposal);
  }
  for (const sized of chosen) {
    const unit = sized.proposal.unitQ ?? 1;
    const extra = Math.floor(Math.min(sized.proposal.maxQ - sized.quarters, left) / unit) * unit;
    sized.quarters += extra;
    left -= extra;
  }
  return { chosen, skipped };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, "-")
    .replace(/^-|-$/g, "")
    .replace(/\+/g, "plus")
    .replace(/#/g, "sharp");
const quoteList = (terms: string[]) => terms.map((t) => `“${t}”`).join(", ");
const orList = (terms: string[]) =>
  terms.length > 1 ? `${quoteList(terms.slice(0, -1))} or “${terms.at(-1)}”` : quoteList(terms);
const dollars = (value: number) => `$${Math.round(value).toLocaleString("en-US")}`;
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const level = (value: number | null) => (value === null ? "?" : value.toFixed(1));

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function planLength(urgency: JobSearchUrgency, readiness: number | null): number {
  const [min, max] = WEEKS[urgency];
  const gapShare = 1 - (readiness ?? READINESS_UNKNOWN);
  return Math.min(max, min + Math.round(gapShare * (max - min) * 2));
}

/** The bridge role is suggested only when the target is at least BRIDGE_STEP job zones above the current role. */
export function jobZoneStep(situation: Pick<JobSearchSituation, "current" | "target">): number | null {
  const from = situation.current?.jobZone;
  const to = situation.target.jobZone;
  return from && to ? to - from : null;
}

/** Builds the plan. Same situation in, same plan (and task ids) out. */
export function buildJobSearchPlan(situation: JobSearchSituation): JobSearchPlan {
  const { target, urgency, weeklyHours } = situation;
  const totalWeeks = planLength(urgency, target.readiness);
  const gapShare = 1 - (target.readiness ?? READINESS_UNKNOWN);
  const applicationsStart = Math.min(totalWeeks - 2, 1 + Math.round(totalWeeks * gapShare * SKILLS_LEAD[urgency]));
  const location = locationKind(situation.location);
  const terms = searchTerms(target);
  const step = jobZoneStep(situation);
  const bridge = step !== null && step >= BRIDGE_STEP ? situation.bridge : null;
  const applyTerms = bridge ? [singularTitle(bridge.title)] : terms.slice(0, 3);
  const targetName = target.title;
  const termPerson = terms[0] ?? singularTitle(targetName);
  const wagePeriod = situation.sources.find((s) => s.dataset === "BLS OEWS")?.period;
  const budgetQ = weeklyHours * 4;

  const jobsLink = (term: string | undefined) =>
    term ? `/jobs?q=${encodeURIComponent(term)}${location.kind === "remote" ? "&workplace=remote" : ""}` : "/jobs";
  const postings =
    location.kind === "place"
      ? `postings near ${location.place} (or hybrid and remote ones)`
      : location.kind === "remote"
        ? "remote postings"
        : "postings";

  const zoneEvidence = (zone: number | null, name: string) =>
    zone && JOB_ZONE_PREPARATION[zone] ? `${name} are in O*NET Job Zone ${zone}: ${JOB_ZONE_PREPARATION[zone]}.` : "";

  const oneOffs = (week: number): Proposal[] => {
    if (week === 1) {
      const searches = bridge ? [...applyTerms, ...terms.slice(0, 2)] : terms;
      const boards =
        location.kind === "place"
          ? ` Set the location to ${location.place} and nearby.`
          : location.kind === "remote"
            ? " Filter to remote roles here, and save the same searches on remote-only job boards."
            : "";
      const hot = target.hotTechnologies.slice(0, 6);
      return [
        {
          key: "saved-searches",
          category: "search-setup",
          priority: 0,
          title: () => `Save job searches for ${quoteList(searches)}`,
          detail: `Search for each title and turn on alerts, so new postings come to you.${boards}`,
          evidence: `Employers post jobs for ${targetName} under these titles (O*NET alternate titles).`,
          link: jobsLink(searches[0]),
          minQ: 2,
          maxQ: 2,
          carry: true,
        },
        {
          key: "tailor-resume",
          category: "resume",
          priority: 1,
          title: () => `Tailor your resume to ${bridge ? bridge.title : targetName}`,
          detail: hot.length
            ? `Put the skills the role rates highest first, and name the tools you have used among: ${hot.join(", ")}.`
            : "Put the skills the role rates highest first, with a result you achieved for each.",
          evidence: [
            hot.length ? `Hot technologies for ${targetName} (O*NET): ${hot.slice(0, 3).join(", ")}.` : "",
            zoneEvidence(target.jobZone, targetName),
          ]
            .filter(Boolean)
            .join(" "),
          link: "/resume",
          minQ: 4,
          maxQ: 6,
          carry: true,
        },
      ];
    }
    if (week === 2) {
      const gapNames = target.topGaps.slice(0, 3).map((g) => g.name);
      return [
        {
          key: "ats-check",
          category: "resume",
          priority: 1,
          title: () => `Run the ATS check on your resume for a “${applyTerms[0] ?? termPerson}” posting`,
          detail:
            "Paste a real posting, add the missing keywords you can honestly claim, and fix what the check flags.",
          evidence: gapNames.length
            ? `Your largest gaps for ${targetName} (O*NET): ${gapNames.join(", ")}; show any experience you have with them.`
            : `Applicant tracking systems rank resumes by the posting's keywords.`,
          link: "/resume",
          minQ: 4,
          maxQ: 4,
          carry: true,
        },
      ];
    }
    return [];
  };

  const skillProposal = (gap: JobSearchGap, leadWeek: boolean): Proposal => {
    const maxHours = leadWeek
      ? Math.min(8, Math.max(2, weeklyHours * 0.4))
      : Math.min(4, Math.max(1, weeklyHours * 0.2));
    const resource = gap.resource;
    const how = resource
      ? `Work through “${resource.title}” (free ${resource.kind}${resource.provider ? `, ${resource.provider}` : ""})`
      : gap.kind === "technology"
        ? `Build something small with ${gap.name}`
        : `Practise ${gap.name.toLowerCase()} at work, as a volunteer or in a side project`;
    const evidence =
      gap.kind === "technology"
        ? `${gap.name} is ${gap.hot ? "a hot technology" : "a technology used"} for ${targetName} (O*NET).`
        : `${targetName} rate ${gap.name} ${level(gap.importance)}/5 in importance at level ${level(gap.targetLevel)}` +
          `${situation.current ? `; ${situation.current.title} work at ${level(gap.currentLevel)}` : ""} (O*NET).`;
    return {
      key: slug(gap.name),
      category: "skills",
      priority: urgency === "asap" ? 4 : leadWeek ? 1 : 3,
      title: () => (gap.kind === "technology" ? `Learn the basics of ${gap.name}` : `Strengthen ${gap.name}`),
      detail: `${how}, and note one example you can show in an interview.`,
      evidence,
      link: resource?.url ?? null,
      minQ: 4,
      maxQ: q(maxHours),
      gap,
    };
  };

  const applicationsCap = Math.min(
    15,
    Math.max(APPLICATIONS_PER_WEEK[urgency], Math.floor((budgetQ * 0.4) / UNIT.application)),
  );
  const applications = (): Proposal => ({
    key: bridge ? "apply-bridge" : "apply",
    category: "applications",
    priority: urgency === "asap" ? 1 : 2,
    title: (count) => `Apply to ${plural(count ?? 1, "role")} titled ${orList(applyTerms)}`,
    detail: `Pick ${postings} whose requirements you mostly meet, tailor your summary and top skills to each, and log what you sent.`,
    evidence: bridge
      ? `${targetName} is ${step} job zones above ${situation.current?.title}; O*NET's closest route goes through ${bridge.title} (Job Zone ${bridge.jobZone}), so apply there first and aim for ${targetName} next.`
      : [
          `Employers post jobs for ${targetName} under these titles (O*NET).`,
          target.medianAnnualWage && wagePeriod
            ? `Median pay ${dollars(target.medianAnnualWage)} a year (BLS OEWS ${wagePeriod}).`
            : "",
        ]
          .filter(Boolean)
          .join(" "),
    link: jobsLink(applyTerms[0]),
    minQ: UNIT.application,
    maxQ: UNIT.application * applicationsCap,
    unitQ: UNIT.application,
  });

  const networking = (week: number, leadWeek: boolean): Proposal => {
    const priority = urgency === "asap" || leadWeek ? 2 : 3;
    const peopleWhere =
      location.kind === "place"
        ? ` in ${location.place}`
        : location.kind === "remote"
          ? " at remote-first companies"
          : "";
    if (week % 2 === 0) {
      return {
        key: "outreach",
        category: "networking",
        priority,
        title: (count) => `Message ${plural(count ?? 1, `${termPerson}`)}${peopleWhere} for a 20-minute chat`,
        detail: "Ask how they got the role and what their team looks for; thank them and keep in touch.",
        evidence: "Most roles are filled through referrals and people the hiring team already knows.",
        link: null,
        minQ: 2 * UNIT.message,
        maxQ: (urgency === "asap" ? 5 : 3) * UNIT.message,
        unitQ: UNIT.message,
      };
    }
    if (location.kind === "place") {
      return {
        key: "local-event",
        category: "networking",
        priority,
        title: () => `Go to 1 meetup or industry event for ${targetName} in ${location.place}`,
        detail:
          "Look for professional associations, meetups and job fairs; talk to two people and follow up the next day.",
        evidence: `Local events put you in front of people hiring ${targetName} in ${location.place}.`,
        link: null,
        minQ: 4,
        maxQ: 8,
      };
    }
    return {
      key: location.kind === "remote" ? "online-community" : "community",
      category: "networking",
      priority,
      title: () =>
        location.kind === "remote"
          ? `Join 1 online community where ${targetName} meet, and post or answer once`
          : `Join 1 professional group for ${targetName}, and take part once`,
      detail:
        location.kind === "remote"
          ? "Remote teams hire from the forums, Slack and Discord groups they take part in; be helpful before asking."
          : "A professional association, alumni group or online forum; be helpful before asking.",
      evidence: `People already working as ${termPerson}s can tell you which employers are hiring.`,
      link: null,
      minQ: 4,
      maxQ: 4,
    };
  };

  const interview = (week: number, interviewStart: number): Proposal => {
    const priority = week >= totalWeeks - 1 ? 2 : 3;
    if ((week - interviewStart) % 2 === 0) {
      return {
        key: "practice-questions",
        category: "interview",
        priority,
        title: (count) => `Practise ${plural(count ?? 1, "interview question")} for ${targetName}`,
        detail: "Answer out loud or in writing, then read the feedback on structure, specifics and results.",
        evidence: `The questions come from the O*NET tasks and skills of ${targetName}, plus behavioural ones.`,
        link: "/career-coach/explorer",
        minQ: 2 * UNIT.practiceAnswer,
        maxQ: 3 * UNIT.practiceAnswer,
        unitQ: UNIT.practiceAnswer,
      };
    }
    const about = target.topGaps.find((g) => g.kind !== "technology")?.name;
    return {
      key: "star-stories",
      category: "interview",
      priority,
      title: (count) =>
        `Write ${plural(count ?? 1, "STAR story", "STAR stories")}${about ? ` that ${count === 1 ? "shows" : "show"} ${about}` : ""}`,
      detail: "Situation, task, action, result: one paragraph each, with a number in the result.",
      evidence: about
        ? `${about} is among the gaps for ${targetName} (O*NET): a story shows you are closing it.`
        : "Behavioural questions ask for past examples; prepared stories keep answers specific.",
      link: null,
      minQ: UNIT.story,
      maxQ: 2 * UNIT.story,
      unitQ: UNIT.story,
    };
  };

  const gapQueue = [...target.topGaps];
  let carried: Proposal[] = [];
  let firstApplicationWeek: number | undefined;
  const weeks: JobSearchPlan["weeks"] = [];
  for (let week = 1; week <= totalWeeks; week++) {
    // Applications wait for the skills lead, but not once every gap has been scheduled.
    const leadWeek = week < applicationsStart && gapQueue.length > 0;
    if (!leadWeek) firstApplicationWeek ??= week;
    const interviewStart = Math.max(2, (firstApplicationWeek ?? totalWeeks) + 1);
    const skillSlots = urgency === "asap" ? (week >= 2 ? 1 : 0) : leadWeek ? 2 : 1;
    const proposals: Proposal[] = [
      ...carried.map((p) => ({ ...p, priority: -1 })),
      ...oneOffs(week),
      ...gapQueue.slice(0, skillSlots).map((gap) => skillProposal(gap, leadWeek)),
      networking(week, leadWeek),
      ...(leadWeek ? [] : [applications()]),
      ...(week >= interviewStart ? [interview(week, interviewStart)] : []),
    ];
    const { chosen, skipped } = fitToBudget(proposals, budgetQ);
    carried = skipped.filter((p) => p.carry);
    for (const { proposal } of chosen) {
      if (proposal.gap) gapQueue.splice(gapQueue.indexOf(proposal.gap), 1);
    }
    const tasks = chosen.map(({ proposal, quarters }): JobSearchTask => {
      const count = proposal.unitQ ? quarters / proposal.unitQ : null;
      return {
        id: `w${week}-${proposal.category}-${proposal.key}`,
        week,
        category: proposal.category,
        title: proposal.title(count),
        detail: proposal.detail,
        targetCount: count,
        estimatedHours: quarters / 4,
        link: proposal.link,
        evidence: proposal.evidence,
      };
    });
    const hoursBy = new Map<JobSearchTaskCategory, number>();
    for (const t of tasks) hoursBy.set(t.category, (hoursBy.get(t.category) ?? 0) + t.estimatedHours);
    const main = [...hoursBy].sort((a, b) => b[1] - a[1])[0]?.[0];
    weeks.push({
      week,
      startsOn: addDays(situation.startDate, (week - 1) * 7),
      focus: week === 1 ? FOCUS["search-setup"] : main ? FOCUS[main] : FOCUS.applications,
      hours: tasks.reduce((sum, t) => sum + t.estimatedHours, 0),
      tasks,
    });
  }
  return { totalWeeks, weeklyHours, searchTerms: terms, weeks };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Ticked tasks over all tasks, and for the plan week `today` (an ISO date) falls in. */
export function jobSearchProgress(plan: JobSearchPlan, done: ReadonlySet<string>, today: string): JobSearchProgress {
  const tasks = plan.weeks.flatMap((w) => w.tasks);
  const doneCount = tasks.filter((t) => done.has(t.id)).length;
  const start = plan.weeks[0]?.startsOn;
  const week = start ? Math.floor((Date.parse(today) - Date.parse(start)) / DAY_MS / 7) + 1 : 0;
  const current = plan.weeks.find((w) => w.week === week);
  return {
    done: doneCount,
    total: tasks.length,
    percent: tasks.length ? Math.round((doneCount / tasks.length) * 100) : 0,
    thisWeek: current
      ? { week, done: current.tasks.filter((t) => done.has(t.id)).length, total: current.tasks.length }
      : null,
  };
}
