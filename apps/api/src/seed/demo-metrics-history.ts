import { type DbOrTx, schema } from "@hirefolio/db";
import { sql } from "drizzle-orm";
import { type EventType, eventCatalog } from "../platform/events/event-catalog";

/**
 * Half a year of believable activity for the success-metrics dashboard of a fresh demo (so even the 90-day view has
 * a previous period to compare with): the demo users plus 40 synthetic candidates (who cannot sign in) chat with the
 * coach, build and export resumes, apply, record videos and get viewed and scheduled, with a few gentle trends (coach
 * completion and ATS scores rising, time to schedule falling). Deterministic (seeded PRNG) apart from ids, and marked
 * `demo: true` in every event's properties.
 */
export const demoHistoryDays = 180;
const syntheticCandidates = 40;
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

type EventRow = typeof schema.event.$inferInsert;

/** mulberry32: small, fast and good enough to make demo data look random but come out the same every time. */
function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface DemoPeople {
  candidates: string[];
  /** Recruiters and interviewers: they propose interviews and view portfolios as employers. */
  employers: string[];
}

/** The events of the history, oldest first; nothing later than `now`. */
export function demoMetricsEvents(now: Date, people: DemoPeople): EventRow[] {
  const random = seededRandom(20_260_101);
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const start = Math.floor(now.getTime() / dayMs) * dayMs - demoHistoryDays * dayMs;
  const events: EventRow[] = [];
  let serial = 0;
  const id = (kind: string) => `demo-${kind}-${++serial}`;

  function add(type: EventType, at: number, fields: Partial<EventRow> & { properties?: Record<string, unknown> }) {
    if (at > now.getTime()) return;
    events.push({
      id: crypto.randomUUID(),
      feature: eventCatalog[type].feature,
      type,
      actorId: fields.actorId ?? null,
      subjectId: fields.subjectId ?? null,
      visitorKey: fields.visitorKey ?? null,
      organizationId: null,
      properties: { ...fields.properties, demo: true },
      occurredAt: new Date(at),
    });
  }

  // One-off milestones per candidate: a resume, a processed video, a complete profile, on a day of their own.
  const resumes = new Map<string, string>();
  const scores = new Map<string, number>();
  for (const candidate of people.candidates) {
    const someDay = () => start + between(0, demoHistoryDays - 1) * dayMs + between(8, 20) * hourMs;
    if (chance(0.7)) {
      const resumeId = id("resume");
      resumes.set(candidate, resumeId);
      scores.set(resumeId, between(45, 65));
      add("resume.created", someDay(), {
        actorId: candidate,
        subjectId: resumeId,
        properties: { source: pick(["blank", "import", "import", "copy"]) },
      });
    }
    if (chance(0.45))
      add("video.processed", someDay(), {
        actorId: candidate,
        subjectId: id("video"),
        properties: { durationMs: between(30, 60) * 1000 },
      });
    if (chance(0.55))
      add("profile.completed", someDay(), {
        actorId: candidate,
        subjectId: candidate,
        properties: { fields: ["name", "headline", "location", "summary", "photo", "targetRole", "skills"] },
      });
  }
  const showcased = people.candidates.slice(0, 8);

  for (let day = 0; day < demoHistoryDays; day++) {
    const progress = day / (demoHistoryDays - 1);
    const dayStart = start + day * dayMs;
    const at = () => dayStart + between(7 * 60, 21 * 60) * 60_000;

    for (const candidate of people.candidates) {
      if (!chance(0.22 + 0.06 * progress)) continue;
      const signedInAt = at();
      add("account.signed_in", signedInAt, {
        actorId: candidate,
        subjectId: candidate,
        properties: { role: "candidate" },
      });

      if (chance(0.35 + 0.1 * progress)) {
        const conversation = id("conversation");
        const t = signedInAt + 60_000;
        add("coach.conversation_started", t, { actorId: candidate, subjectId: conversation });
        for (let m = between(1, 2); m > 0; m--)
          add("coach.message_sent", t + m * 90_000, { actorId: candidate, subjectId: conversation });
        if (chance(0.45 + 0.25 * progress)) {
          const messageId = id("message");
          add("coach.outcome_shown", t + 8 * 60_000, {
            actorId: candidate,
            subjectId: conversation,
            properties: { tool: pick(["skill_gap", "career_path", "salary", "plan"]), messageId },
          });
          if (chance(0.4))
            add("coach.recommendation_accepted", t + 10 * 60_000, {
              actorId: candidate,
              subjectId: conversation,
              properties: { messageId },
            });
        }
        if (chance(0.45)) {
          add("coach.feedback", t + 12 * 60_000, {
            actorId: candidate,
            subjectId: conversation,
            properties: {
              messageId: id("message"),
              thumbs: chance(0.72 + 0.1 * progress) ? "up" : "down",
              rating: chance(0.6) ? pick([3, 4, 4, 5, 5]) : null,
            },
          });
        }
      }

      const resumeId = resumes.get(candidate);
      if (resumeId && chance(0.25)) {
        const score = Math.min(96, (scores.get(resumeId) ?? 55) + between(-2, 6 + Math.round(4 * progress)));
        scores.set(resumeId, score);
        add("resume.analysed", signedInAt + 20 * 60_000, {
          actorId: candidate,
          subjectId: resumeId,
          properties: { score },
        });
      }
      if (resumeId && chance(0.15)) {
        add("resume.exported", signedInAt + 25 * 60_000, {
          actorId: candidate,
          subjectId: resumeId,
          properties: { format: pick(["pdf", "pdf", "pdf", "docx", "json"]) },
        });
      }
      if (chance(0.12)) {
        const application = id("application");
        const variant = chance(0.5) ? { experimentId: "demo-experiment", variantId: pick(["A", "B"]) } : {};
        add("application.submitted", signedInAt + 30 * 60_000, {
          actorId: candidate,
          subjectId: application,
          properties: { resumeId, ...variant },
        });
        const interviewOdds = "variantId" in variant && variant.variantId === "B" ? 0.38 : 0.28;
        if (chance(interviewOdds)) {
          add("application.stage_changed", signedInAt + between(2, 9) * dayMs, {
            actorId: pick(people.employers),
            subjectId: application,
            properties: { from: "screening", to: "interview", ...variant },
          });
        }
      }
    }

    // Portfolio traffic grows over the quarter; employers view, play and click contacts on some pages.
    for (const owner of showcased) {
      for (let v = between(0, 1 + Math.round(3 * progress)); v > 0; v--) {
        add("portfolio.view", at(), {
          subjectId: owner,
          visitorKey: `demo-visitor-${between(1, 400)}-${day}`,
          properties: {},
        });
      }
      if (chance(0.25 + 0.15 * progress)) {
        const employer = pick(people.employers);
        const t = at();
        const viewer = { actorId: employer, subjectId: owner, visitorKey: `demo-employer-${employer}-${day}` };
        add("portfolio.view", t, { ...viewer, properties: { viewerRole: "recruiter" } });
        if (chance(0.6))
          add("portfolio.video_play", t + 30_000, { ...viewer, properties: { viewerRole: "recruiter" } });
        if (chance(0.25))
          add("portfolio.link_click", t + 90_000, {
            ...viewer,
            properties: { target: "mailto:", contact: true, viewerRole: "recruiter" },
          });
      }
    }

    // Interview proposals on weekdays: most get booked, faster as the team gets used to self-scheduling.
    if (new Date(dayStart).getUTCDay() % 6 !== 0) {
      for (let p = between(1, 3); p > 0; p--) {
        const proposal = id("proposal");
        const proposedAt = at();
        const recruiter = pick(people.employers);
        add("scheduling.proposed", proposedAt, {
          actorId: recruiter,
          subjectId: proposal,
          properties: { kind: pick(["link", "link", "suggested_slots"]) },
        });
        if (!chance(0.68 + 0.12 * progress)) continue;
        const hours = Math.max(1, Math.round((26 - 10 * progress) * Math.exp((random() - 0.5) * 1.6)));
        const bookedAt = proposedAt + hours * hourMs;
        const interview = id("interview");
        const candidate = pick(people.candidates);
        add("scheduling.booked", bookedAt, {
          actorId: candidate,
          subjectId: proposal,
          properties: { interviewId: interview, proposedAt: new Date(proposedAt).toISOString() },
        });
        if (chance(0.12))
          add("scheduling.rescheduled", bookedAt + between(2, 30) * hourMs, {
            actorId: candidate,
            subjectId: interview,
            properties: { by: pick(["candidate", "hiring_team"]) },
          });
        if (chance(0.5))
          add("scheduling.rated", bookedAt + between(30, 60) * hourMs, {
            actorId: candidate,
            subjectId: interview,
            properties: { rating: pick([3, 4, 4, 5, 5, 5]) },
          });
      }
    }
  }
  return events.sort((a, b) => (a.occurredAt as Date).getTime() - (b.occurredAt as Date).getTime());
}

function toJsonRow(row: EventRow) {
  return {
    id: row.id,
    actor_id: row.actorId,
    feature: row.feature,
    type: row.type,
    subject_id: row.subjectId,
    visitor_key: row.visitorKey,
    properties: row.properties,
    occurred_at: (row.occurredAt as Date).toISOString(),
  };
}

/** Adds the synthetic candidates and the history; returns how many events were written. */
export async function seedDemoMetricsHistory(db: DbOrTx, now: Date, people: DemoPeople): Promise<number> {
  const synthetic = Array.from({ length: syntheticCandidates }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    return {
      id: `demo-candidate-${n}`,
      name: `Demo Candidate ${n}`,
      email: `demo-candidate-${n}@demo.hirefolio.dev`,
      emailVerified: true,
      role: "candidate",
    };
  });
  await db.insert(schema.user).values(synthetic).onConflictDoNothing();
  const events = demoMetricsEvents(now, {
    candidates: [...people.candidates, ...synthetic.map((u) => u.id)],
    employers: people.employers,
  });
  // One JSON parameter expanded in SQL: several times faster on PGlite than thousands of bound parameters.
  await db.execute(sql`
    insert into event (id, actor_id, organization_id, feature, type, subject_id, visitor_key, properties, occurred_at)
    select id, actor_id, null, feature, type, subject_id, visitor_key, properties, occurred_at
    from jsonb_to_recordset(${JSON.stringify(events.map(toJsonRow))}::jsonb) as x(
      id text, actor_id text, feature text, type text, subject_id text, visitor_key text, properties jsonb,
      occurred_at timestamptz)`);
  return events.length;
}
