import type { AppDeps } from "../../app-deps";
import { createAvailabilityService } from "./availability-service";
import { createConflictNotifier } from "./calendar-conflicts";
import { createCalendarFeedService } from "./calendar-feed-service";
import { calendarFetchDefaults } from "./calendar-fetch";
import { createCalendarsService } from "./calendars-service";
import { createInterviewBooking } from "./interview-booking";
import { createInterviewNotifier, organizerEmailFrom } from "./interview-jobs";
import { createInterviewsService } from "./interviews-service";
import { createSchedulingLinksService } from "./scheduling-links-service";

/** Builds the scheduling services once from the app's adapters; routes and job handlers share them. */
export function createSchedulingServices(deps: AppDeps) {
  const db = deps.database.db;
  const { clock, queue, config } = deps;
  const publicUrl = config.PUBLIC_URL;
  const notifier = createInterviewNotifier({ db, queue, organizerEmail: organizerEmailFrom(config.MAIL_FROM) });
  const booking = createInterviewBooking({ db, clock, notifier });
  const interviews = createInterviewsService({ db, clock, booking });
  return {
    availability: createAvailabilityService({ db, clock }),
    interviews,
    links: createSchedulingLinksService({ db, clock, queue, booking, interviews, publicUrl }),
    feeds: createCalendarFeedService({ db, clock, publicUrl }),
    calendars: createCalendarsService({
      db,
      clock,
      queue,
      fetch: { ...calendarFetchDefaults, allowLocal: config.CALENDAR_FETCH_ALLOW_LOCAL },
      onBusyChanged: createConflictNotifier({ db, clock, queue, booking, publicUrl }),
    }),
  };
}
