import type { RouteDeps, ZodApp } from "../../http/route-context";
import { registerAvailabilityRoutes } from "./availability-routes";
import { registerCalendarFeedRoutes } from "./calendar-feed-routes";
import { registerCalendarRoutes } from "./calendars-routes";
import { registerInterviewLinkRoutes } from "./interview-links-routes";
import { registerInterviewLoopRoutes } from "./interview-loops-routes";
import { registerInterviewRoutes } from "./interviews-routes";
import { registerSchedulingLinkRoutes } from "./scheduling-links-routes";
import { registerSchedulingRatingRoutes } from "./scheduling-rating-routes";
import { createSchedulingServices } from "./scheduling-services";
import { registerTeamBusyRoutes } from "./team-busy-routes";

/** Smart scheduling: availability, calendars, slot suggestions, bookings, links for candidates and feeds. */
export function registerSchedulingRoutes(app: ZodApp, routeDeps: RouteDeps) {
  const services = createSchedulingServices(routeDeps.deps);
  registerAvailabilityRoutes(app, routeDeps, services.availability);
  registerCalendarRoutes(app, routeDeps, services.calendars);
  registerInterviewRoutes(app, routeDeps, services.interviews);
  registerSchedulingLinkRoutes(app, routeDeps, services.links);
  registerInterviewLinkRoutes(app, routeDeps, services.interviewLinks);
  registerInterviewLoopRoutes(app, routeDeps, services.loops);
  registerCalendarFeedRoutes(app, routeDeps, services.feeds);
  registerTeamBusyRoutes(app, routeDeps);
  registerSchedulingRatingRoutes(app, routeDeps, services.ratings);
}
