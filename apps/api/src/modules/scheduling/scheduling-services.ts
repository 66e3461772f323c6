import type { AppDeps } from "../../app-deps";
import { createAvailabilityService } from "./availability-service";
import { createConflictNotifier } from "./calendar-conflicts";
import { createCalendarFeedService } from "./calendar-feed-service";
import { calendarFetchDefaults } from "./calendar-fetch";
import { createCalendarsService } from "./calendars-service";
import type { ExternalCalendarProvider } from "./external-calendar";
import { createExternalCalendars } from "./external-calendars";
import { googleCalendar } from "./google-calendar";
import { createInterviewBooking } from "./interview-booking";
import { createInterviewNotifier, organizerEmailFrom } from "./interview-jobs";
import { createInterviewLinksService } from "./interview-links-service";
import { createInterviewLoopsService } from "./interview-loops-service";
import { createInterviewsService } from "./interviews-service";
import { microsoftCalendar } from "./microsoft-calendar";
import { createSchedulingLinksService } from "./scheduling-links-service";
import { createSchedulingRatingsService } from "./scheduling-ratings-service";

/** Google and Microsoft calendars are busy sources only where their OAuth keys are configured. */
function externalCalendarProviders(config: AppDeps["config"]): ExternalCalendarProvider[] {
  const providers: ExternalCalendarProvider[] = [];
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) {
    providers.push(googleCalendar({ clientId: config.GOOGLE_CLIENT_ID, clientSecret: config.GOOGLE_CLIENT_SECRET }));
  }
  if (config.MICROSOFT_CLIENT_ID && config.MICROSOFT_CLIENT_SECRET) {
    providers.push(
      microsoftCalendar({
        clientId: config.MICROSOFT_CLIENT_ID,
        clientSecret: config.MICROSOFT_CLIENT_SECRET,
        tenantId: config.MICROSOFT_TENANT_ID,
      }),
    );
  }
  return providers;
}

/** Builds the scheduling services once from the app's adapters; routes and job handlers share them. */
export function createSchedulingServices(deps: AppDeps) {
  const db = deps.database.db;
  const { clock, queue, config } = deps;
  const publicUrl = config.PUBLIC_URL;
  const notifier = createInterviewNotifier({
    db,
    queue,
    organizerEmail: organizerEmailFrom(config.MAIL_FROM),
    publicUrl,
  });
  const booking = createInterviewBooking({ db, clock, notifier });
  const interviews = createInterviewsService({ db, clock, booking });
  const loops = createInterviewLoopsService({ db, clock, booking, notifier, interviews });
  return {
    availability: createAvailabilityService({ db, clock }),
    interviews,
    interviewLinks: createInterviewLinksService({ db, clock, booking, loops }),
    loops,
    links: createSchedulingLinksService({ db, clock, queue, booking, interviews, publicUrl }),
    feeds: createCalendarFeedService({ db, clock, publicUrl }),
    ratings: createSchedulingRatingsService({ db, clock }),
    calendars: createCalendarsService({
      db,
      clock,
      queue,
      fetch: { ...calendarFetchDefaults, allowLocal: config.CALENDAR_FETCH_ALLOW_LOCAL },
      onBusyChanged: createConflictNotifier({ db, clock, queue, booking, publicUrl }),
      external: createExternalCalendars({ db, clock, providers: externalCalendarProviders(config) }),
    }),
  };
}
