import {
  calendarSourceSchema,
  calendarUploadMaxChars,
  connectCalendarSchema,
  myCalendarsSchema,
  subscribeCalendarSchema,
  uploadCalendarSchema,
} from "@hirefolio/shared";
import { z } from "zod";
import { currentUser } from "../../http/auth-guard";
import { type RouteDeps, withProblems, type ZodApp } from "../../http/route-context";
import type { CalendarsService } from "./calendars-service";

const tags = ["scheduling"];
const sourceParams = z.object({ calendarId: z.string().min(1).max(100) });
/** Room for a 2 MB calendar in a JSON string (escaped line breaks) on top of the app's 1 MB default. */
const uploadBodyLimit = calendarUploadMaxChars * 1.5;

export function registerCalendarRoutes(app: ZodApp, { guards }: RouteDeps, calendars: CalendarsService) {
  app.route({
    method: "GET",
    url: "/api/v1/me/calendars",
    schema: {
      operationId: "listMyCalendars",
      tags,
      response: withProblems({ 200: myCalendarsSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => calendars.list(currentUser(request)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/me/calendars/ics",
    bodyLimit: uploadBodyLimit,
    schema: {
      operationId: "uploadMyCalendar",
      tags,
      description: "Imports busy time from an iCalendar file; a malformed file is refused with the line at fault.",
      body: uploadCalendarSchema,
      response: withProblems({ 201: calendarSourceSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply.status(201).send(await calendars.upload(currentUser(request), request.body)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/me/calendars/subscriptions",
    schema: {
      operationId: "subscribeMyCalendar",
      tags,
      description: "Subscribes to a calendar's secret iCal address; it is read now and then every hour.",
      body: subscribeCalendarSchema,
      response: withProblems({ 201: calendarSourceSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply.status(201).send(await calendars.subscribe(currentUser(request), request.body)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/me/calendars/connected",
    schema: {
      operationId: "connectMyCalendar",
      tags,
      description:
        "Adds the free/busy of a Google or Microsoft account you linked with the calendar scopes (better-auth linkSocial with externalCalendarScopes); read now, then every hour.",
      body: connectCalendarSchema,
      response: withProblems({ 201: calendarSourceSchema }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) =>
      reply.status(201).send(await calendars.connect(currentUser(request), request.body.provider)),
  });

  app.route({
    method: "POST",
    url: "/api/v1/me/calendars/:calendarId/sync",
    schema: {
      operationId: "syncMyCalendar",
      tags,
      params: sourceParams,
      response: withProblems({ 200: calendarSourceSchema }),
    },
    preHandler: guards.signedIn,
    handler: (request) => calendars.sync(currentUser(request), request.params.calendarId),
  });

  app.route({
    method: "DELETE",
    url: "/api/v1/me/calendars/:calendarId",
    schema: {
      operationId: "deleteMyCalendar",
      tags,
      params: sourceParams,
      response: withProblems({ 204: z.null().describe("Deleted with its busy time") }),
    },
    preHandler: guards.signedIn,
    handler: async (request, reply) => {
      await calendars.remove(currentUser(request), request.params.calendarId);
      return reply.status(204).send(null);
    },
  });
}
