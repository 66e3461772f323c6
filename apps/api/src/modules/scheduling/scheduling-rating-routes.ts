import { problemSchema, schedulingRatingInputSchema, schedulingRatingSchema } from "@hirefolio/shared";
import { z } from "zod";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { SchedulingRatingsService } from "./scheduling-ratings-service";

const tags = ["scheduling"];
const tokenParams = z.object({ token: z.string().min(16).max(100) });
const ratingResponses = { ...withProblems({ 200: schedulingRatingSchema }), 409: problemSchema };

/**
 * Public, like the pages they sit on: the candidate's booking link or the manage link from their invitation is the
 * credential. Each interview has one rating; sending another replaces it.
 */
export function registerSchedulingRatingRoutes(app: ZodApp, _routeDeps: RouteDeps, ratings: SchedulingRatingsService) {
  const pages = [
    { prefix: "/api/v1/scheduling-links", name: "SchedulingLink", page: "the booking link", via: "BookingToken" },
    {
      prefix: "/api/v1/interview-links",
      name: "InterviewLink",
      page: "the invitation's manage link",
      via: "ManageToken",
    },
  ] as const;
  for (const { prefix, name, page, via } of pages) {
    app.route({
      method: "GET",
      url: `${prefix}/:token/rating`,
      schema: {
        operationId: `get${name}Rating`,
        tags,
        security: [],
        description: `The candidate's rating of how booking went, reached through ${page}; null until they rate.`,
        params: tokenParams,
        response: ratingResponses,
      },
      handler: (request) => ratings[`getBy${via}`](request.params.token),
    });

    app.route({
      method: "PUT",
      url: `${prefix}/:token/rating`,
      schema: {
        operationId: `rate${name}Booking`,
        tags,
        security: [],
        description: `Rates how booking the interview went (1–5, optional comment) through ${page}; again replaces it.`,
        params: tokenParams,
        body: schedulingRatingInputSchema,
        response: ratingResponses,
      },
      handler: (request) => ratings[`rateBy${via}`](request.params.token, request.body),
    });
  }
}
