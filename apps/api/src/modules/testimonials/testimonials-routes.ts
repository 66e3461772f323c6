import {
  problemSchema,
  requestTestimonialSchema,
  submitTestimonialSchema,
  testimonialInvitationSchema,
  testimonialListSchema,
  testimonialSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { TestimonialsService } from "./testimonials-service";

const tags = ["testimonials"];
const idParams = z.object({ id: z.string().min(1).max(100) });
const tokenParams = z.object({ token: z.string().min(20).max(100) });
const publicProblems = { 400: problemSchema, 404: problemSchema, 429: problemSchema };

export function registerTestimonialRoutes(app: ZodApp, { deps, guards }: RouteDeps, testimonials: TestimonialsService) {
  // The one-time links are public: a tight per-address budget keeps tokens from being guessed.
  const publicLimit = { rateLimit: { max: Math.min(deps.config.RATE_LIMIT_PER_MINUTE, 30), timeWindow: "1 minute" } };

  app.route({
    method: "POST",
    url: "/api/v1/me/testimonials/requests",
    schema: {
      operationId: "requestTestimonial",
      tags,
      description: `Emails a colleague a one-time link (valid 30 days) to write you a testimonial. At most 10 requests a day.`,
      body: requestTestimonialSchema,
      response: withProblems({ 201: testimonialSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply.status(201).send(await testimonials.request(currentUser(request), request.body)),
  });

  app.route({
    method: "GET",
    url: "/api/v1/me/testimonials",
    schema: {
      operationId: "listMyTestimonials",
      tags,
      description: "Your testimonials in every state: requested, submitted (waiting for approval), approved, hidden.",
      response: withProblems({ 200: testimonialListSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => testimonials.list(currentUser(request)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/me/testimonials/:id/approve",
    schema: {
      operationId: "approveTestimonial",
      tags,
      description: "Shows a written testimonial on your public portfolio.",
      params: idParams,
      response: withProblems({ 200: testimonialSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => testimonials.approve(currentUser(request), request.params.id),
  });

  app.route({
    method: "POST",
    url: "/api/v1/me/testimonials/:id/hide",
    schema: {
      operationId: "hideTestimonial",
      tags,
      description: "Takes a testimonial off your public portfolio; you can approve it again later.",
      params: idParams,
      response: withProblems({ 200: testimonialSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => testimonials.hide(currentUser(request), request.params.id),
  });

  app.route({
    method: "DELETE",
    url: "/api/v1/me/testimonials/:id",
    schema: {
      operationId: "deleteTestimonial",
      tags,
      description: "Deletes a testimonial, or withdraws a request so its link stops working.",
      params: idParams,
      response: withProblems({ 204: z.null().describe("Deleted") }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      await testimonials.remove(currentUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: "GET",
    url: "/api/v1/testimonial-requests/:token",
    config: publicLimit,
    schema: {
      operationId: "getTestimonialRequest",
      tags,
      description: "Public: who asks for the testimonial behind a one-time link. 404 once used or expired.",
      security: [],
      params: tokenParams,
      response: { 200: testimonialInvitationSchema, ...publicProblems },
    },
    handler: async (request, reply) => {
      reply.header("cache-control", "private, no-store").header("x-robots-tag", "noindex");
      return testimonials.invitation(request.params.token);
    },
  });

  app.route({
    method: "POST",
    url: "/api/v1/testimonial-requests/:token",
    config: publicLimit,
    schema: {
      operationId: "submitTestimonial",
      tags,
      description: "Public: the colleague's testimonial (plain text). The link stops working once it is sent.",
      security: [],
      params: tokenParams,
      body: submitTestimonialSchema,
      response: { 200: z.object({ status: z.literal("submitted") }), ...publicProblems },
    },
    handler: (request) => testimonials.submit(request.params.token, request.body),
  });
}
