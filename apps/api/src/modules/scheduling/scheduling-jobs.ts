import type { AppDeps } from "../../app-deps";
import { type CalendarSyncPayload, calendarSyncJob } from "./calendars-service";
import { createFeedbackPromptHandler, createReminderHandler, feedbackPromptJob, reminderJob } from "./interview-jobs";
import { createSchedulingServices } from "./scheduling-services";

/** Reminders, feedback prompts and hourly calendar syncs; registered by the API (local queue) and the worker. */
export function registerSchedulingJobs(deps: AppDeps) {
  const db = deps.database.db;
  const { queue, clock } = deps;
  const { calendars } = createSchedulingServices(deps);
  queue.register(reminderJob, createReminderHandler({ db, queue, clock }));
  queue.register(feedbackPromptJob, createFeedbackPromptHandler({ db, queue, publicUrl: deps.config.PUBLIC_URL }));
  queue.register<CalendarSyncPayload>(calendarSyncJob, (payload) => calendars.runScheduledSync(payload));
}
