import {
  cancelFromLinkSchema,
  interviewLinkViewSchema,
  linkedInterviewSchema,
  problemSchema,
  publicLinkQuerySchema,
  rescheduleFromLinkSchema,
  slotTakenProblemSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { InterviewLinksService } from "./interview-links-service";

const tags = ["scheduling"];
const tokenParams = z.object({ token: z.string().min(20).max(100) });
/** 410 once the interview is over or cancelled; 409 with alternatives when the new time was just taken. */
const linkResponses = <T extends z.ZodType>(success: T) => ({
  ...withProblems({ 200: success }),
  409: slotTakenProblemSchema,
  410: problemSchema,
});

/** Public: the token from the candidate's invitation is the credential, so no sign-in and no guards. */
export function registerInterviewLinkRoutes(app: ZodApp, _routeDeps: RouteDeps, links: InterviewLinksService) {
  app.route({
    method: "GET",
    url: "/api/v1/interview-links/:token",
    schema: {
      operationId: "getInterviewLink",
      tags,
      security: [],
      description: "The interview behind a candidate's link, in their zone, with times the same panel can move to.",
      params: tokenParams,
      querystring: publicLinkQuerySchema,
      response: linkResponses(interviewLinkViewSchema),
    },
    handler: (request) => links.view(request.params.token, request.query.timeZone),
  });

  app.route({
    method: "POST",
    url: "/api/v1/interview-links/:token/reschedule",
    schema: {
      operationId: "rescheduleFromInterviewLink",
      tags,
      security: [],
      description: "Moves the interview, keeping its panel; everyone gets an updated invitation.",
      params: tokenParams,
      body: rescheduleFromLinkSchema,
      response: linkResponses(linkedInterviewSchema),
    },
    handler: (request) => links.reschedule(request.params.token, request.body.start),
  });

  app.route({
    method: "POST",
    url: "/api/v1/interview-links/:token/cancel",
    schema: {
      operationId: "cancelFromInterviewLink",
      tags,
      security: [],
      description: "Cancels the interview; everyone gets a cancellation with the reason given.",
      params: tokenParams,
      body: cancelFromLinkSchema,
      response: linkResponses(linkedInterviewSchema),
    },
    handler: (request) => links.cancel(request.params.token, request.body.reason),
  });
}
