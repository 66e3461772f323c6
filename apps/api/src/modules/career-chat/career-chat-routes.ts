import {
  careerChatFeedbackResultSchema,
  careerChatFeedbackSchema,
  careerChatMessageParamsSchema,
  careerConversationDetailSchema,
  careerConversationPageSchema,
  careerConversationParamsSchema,
  careerConversationSchema,
  createCareerConversationSchema,
  pageQuerySchema,
  rateCareerConversationSchema,
  renameCareerConversationSchema,
  sendCareerChatMessageSchema,
} from "@hirefolio/shared";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { CareerChatService } from "./career-chat-service";

const tags = ["career-coach"];
const base = "/api/v1/career-chat/conversations";
/** Questions per user and minute: generous for a person typing, tight enough to stop a script draining the model. */
const MESSAGES_PER_USER_MINUTE = 20;

export function registerCareerChatRoutes(app: ZodApp, { deps, guards }: RouteDeps, chat: CareerChatService) {
  // Counted after the sign-in check, so the budget belongs to the user rather than to a shared address.
  const perUser = {
    rateLimit: {
      max: Math.min(deps.config.RATE_LIMIT_PER_MINUTE, MESSAGES_PER_USER_MINUTE),
      timeWindow: "1 minute",
      hook: "preHandler" as const,
      keyGenerator: (request: FastifyRequest) => request.sessionUser?.id ?? request.ip,
    },
  };

  app.route({
    method: "POST",
    url: base,
    schema: {
      operationId: "createCareerConversation",
      tags,
      description: "Starts a conversation with the Career Coach.",
      body: createCareerConversationSchema,
      response: withProblems({ 201: careerConversationSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => reply.status(201).send(await chat.create(currentUser(request), request.body)),
  });

  app.route({
    method: "GET",
    url: base,
    schema: {
      operationId: "listCareerConversations",
      tags,
      description: "The caller's Career Coach conversations, newest first.",
      querystring: pageQuerySchema,
      response: withProblems({ 200: careerConversationPageSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => chat.list(currentUser(request), request.query),
  });

  app.route({
    method: "GET",
    url: `${base}/:id`,
    schema: {
      operationId: "getCareerConversation",
      tags,
      description: "A conversation with its messages (text and tool outputs, as AI SDK UI message parts).",
      params: careerConversationParamsSchema,
      response: withProblems({ 200: careerConversationDetailSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => chat.get(currentUser(request), request.params.id),
  });

  app.route({
    method: "PATCH",
    url: `${base}/:id`,
    schema: {
      operationId: "renameCareerConversation",
      tags,
      description: "Renames a conversation.",
      params: careerConversationParamsSchema,
      body: renameCareerConversationSchema,
      response: withProblems({ 200: careerConversationSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => chat.rename(currentUser(request), request.params.id, request.body.title),
  });

  app.route({
    method: "PUT",
    url: `${base}/:id/rating`,
    schema: {
      operationId: "rateCareerConversation",
      tags,
      description: "Rates how helpful the whole conversation was, 1–5 stars; rating again replaces the earlier one.",
      params: careerConversationParamsSchema,
      body: rateCareerConversationSchema,
      response: withProblems({ 200: careerConversationSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => chat.rate(currentUser(request), request.params.id, request.body.rating),
  });

  app.route({
    method: "DELETE",
    url: `${base}/:id`,
    schema: {
      operationId: "deleteCareerConversation",
      tags,
      description: "Deletes a conversation, its messages, feedback and remembered facts.",
      params: careerConversationParamsSchema,
      response: withProblems({ 204: z.null().describe("Deleted") }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      await chat.remove(currentUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.route({
    method: "POST",
    url: `${base}/:id/messages`,
    config: perUser,
    schema: {
      operationId: "sendCareerChatMessage",
      tags,
      description:
        "Asks the coach. Takes the body `useChat` sends and answers with an AI SDK UI message stream (server-sent events); the question and answer are saved when the stream ends.",
      params: careerConversationParamsSchema,
      body: sendCareerChatMessageSchema,
      response: withProblems({ 200: z.unknown().describe("AI SDK UI message stream (text/event-stream)") }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      // Fastify sends a fetch Response as is: its status, its SSE headers and its body streamed unbuffered.
      return reply.send(await chat.reply(currentUser(request), request.params.id, request.body));
    },
  });

  app.route({
    method: "POST",
    url: `${base}/:id/messages/:messageId/feedback`,
    schema: {
      operationId: "rateCareerChatMessage",
      tags,
      description: "Thumbs up or down on one of the coach's answers, and whether its recommendation was accepted.",
      params: careerChatMessageParamsSchema,
      body: careerChatFeedbackSchema,
      response: withProblems({ 200: careerChatFeedbackResultSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) =>
      chat.feedback(currentUser(request), request.params.id, request.params.messageId, request.body),
  });
}
