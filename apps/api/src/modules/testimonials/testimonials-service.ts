import { randomBytes } from "node:crypto";
import type { Db } from "@hirefolio/db";
import type { RequestTestimonial, SubmitTestimonial, TestimonialInvitation } from "@hirefolio/shared";
import { requestTestimonialSchema } from "@hirefolio/shared";
import type { SessionUser } from "../../http/auth-guard";
import { HttpProblem, problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { JobQueue } from "../../platform/queue/job-queue";
import { enqueueBadgeEvaluation } from "../badges/badges-jobs";
import { enqueueMail } from "../mail/mail-jobs";
import { hashToken } from "../scheduling/secret-token";
import { testimonialEmails } from "./testimonial-emails";
import * as repo from "./testimonials-repo";

const dayMs = 86_400_000;
export const requestLinkLifetimeMs = 30 * dayMs;
/** Each request mails someone outside the platform: a cap keeps the feature from being used to send spam. */
export const requestsPerDay = 10;

/** Plain text as written, minus control characters (line breaks and tabs stay). */
function plainText(text: string) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}

export function createTestimonialsService(deps: { db: Db; clock: Clock; queue: JobQueue; publicUrl: string }) {
  const { db, clock, queue, publicUrl } = deps;

  async function owned(user: SessionUser, id: string) {
    const found = await repo.findOwned(db, user.id, id);
    if (!found) throw problems.notFound("Testimonial");
    return found;
  }

  async function moveTo(user: SessionUser, id: string, to: "approved" | "hidden") {
    const from: ("submitted" | "approved" | "hidden")[] =
      to === "approved" ? ["submitted", "hidden"] : ["submitted", "approved"];
    const changed = await repo.changeStatus(db, { userId: user.id, id, from }, to, clock.now());
    if (!changed) {
      const current = await owned(user, id);
      if (current.status !== to) throw problems.conflict("The colleague has not written this testimonial yet.");
    }
    return owned(user, id);
  }

  return {
    async request(user: SessionUser, input: RequestTestimonial) {
      const { authorName, authorEmail, relationship, message } = requestTestimonialSchema.parse(input);
      if (authorEmail.toLowerCase() === user.email.toLowerCase()) {
        throw problems.unprocessable(
          "own-email",
          "That is your own address",
          "Ask a colleague: a testimonial can't come from yourself.",
        );
      }
      const now = clock.now();
      if ((await repo.countRequestsSince(db, user.id, new Date(now.getTime() - dayMs))) >= requestsPerDay) {
        throw new HttpProblem(
          429,
          "testimonial-requests-exhausted",
          "Too many testimonial requests",
          `You can send ${requestsPerDay} testimonial requests a day; try again tomorrow.`,
        );
      }
      // 256 random bits; only their sha-256 is stored, so the database alone never opens a link.
      const token = randomBytes(32).toString("base64url");
      const created = await repo.insertRequest(db, {
        id: crypto.randomUUID(),
        userId: user.id,
        authorName,
        authorEmail,
        relationship,
        message,
        tokenHash: hashToken(token),
        requestedAt: now,
        expiresAt: new Date(now.getTime() + requestLinkLifetimeMs),
      });
      const url = `${publicUrl}/testimonials/write/${token}`;
      await enqueueMail(queue, testimonialEmails.request(authorEmail, authorName, user.name, message, url));
      return created;
    },

    async invitation(token: string): Promise<TestimonialInvitation> {
      const found = await repo.findOpenRequest(db, hashToken(token), clock.now());
      if (!found) throw problems.notFound("Testimonial request");
      return found;
    },

    async submit(token: string, input: SubmitTestimonial) {
      const submitted = await repo.submitOpenRequest(db, hashToken(token), clock.now(), {
        body: plainText(input.body),
        authorTitle: input.authorTitle ? plainText(input.authorTitle) : null,
      });
      if (!submitted) throw problems.notFound("Testimonial request");
      const owner = await repo.findOwnerContact(db, submitted.userId);
      if (owner) {
        const url = `${publicUrl}/profile/portfolio#testimonials`;
        await enqueueMail(queue, testimonialEmails.submitted(owner.email, owner.name, submitted.authorName, url));
      }
      return { status: "submitted" as const };
    },

    async list(user: SessionUser) {
      return { items: await repo.listOwned(db, user.id) };
    },

    async approve(user: SessionUser, id: string) {
      const approved = await moveTo(user, id, "approved");
      // Approvals count towards the "endorsed" badge.
      await enqueueBadgeEvaluation(queue, user.id);
      return approved;
    },

    hide: (user: SessionUser, id: string) => moveTo(user, id, "hidden"),

    async remove(user: SessionUser, id: string) {
      if (!(await repo.deleteOwned(db, user.id, id))) throw problems.notFound("Testimonial");
    },
  };
}

export type TestimonialsService = ReturnType<typeof createTestimonialsService>;
