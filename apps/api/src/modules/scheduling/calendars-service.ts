import type { Db } from "@hirefolio/db";
import type { CalendarSource } from "@hirefolio/shared";
import { IcsParseError } from "../../engines/calendar/ics-error";
import { readBusyIntervals } from "../../engines/calendar/ics-import";
import type { SessionUser } from "../../http/auth-guard";
import { HttpProblem, problems } from "../../http/problem";
import type { Clock } from "../../platform/clock";
import type { JobQueue } from "../../platform/queue/job-queue";
import { findAvailability } from "./availability-repo";
import { CalendarFetchError, type CalendarFetchOptions, fetchCalendar, normaliseCalendarUrl } from "./calendar-fetch";
import * as repo from "./calendars-repo";
import { ExternalCalendarError, type ExternalCalendarKind } from "./external-calendar";
import type { ExternalCalendars } from "./external-calendars";

const dayMs = 86_400_000;
/** Imported busy time reaches a week back (for load limits) and half a year ahead. */
const importBackMs = 7 * dayMs;
const importAheadMs = 180 * dayMs;
export const calendarSyncJob = "calendar.sync";
const syncIntervalMs = 60 * 60_000;

export interface CalendarSyncPayload {
  sourceId: string;
}

function toSource(row: repo.CalendarSourceRow): CalendarSource {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    urlHost: row.url ? new URL(normaliseCalendarUrl(row.url)).host : null,
    busyCount: row.busyCount,
    lastSyncedAt: row.lastSyncedAt?.toISOString() ?? null,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
  };
}

function icsProblem(error: IcsParseError) {
  const tooBig = error.code !== "malformed";
  return new HttpProblem(
    422,
    tooBig ? "calendar-too-large" : "malformed-ics",
    tooBig ? "The calendar is too large" : "The calendar file could not be read",
    error.message,
    [{ field: "body.ics", message: error.message }],
  );
}

function fetchProblem(error: CalendarFetchError) {
  const refused = error.code === "refused-address" || error.code === "insecure-url";
  return new HttpProblem(
    422,
    refused ? "calendar-address-refused" : "calendar-unreachable",
    refused ? "That calendar address is not allowed" : "The calendar could not be read",
    error.message,
    [{ field: "body.url", message: error.message }],
  );
}

function externalProblem(error: ExternalCalendarError) {
  return new HttpProblem(422, "calendar-unreachable", "The calendar could not be read", error.message);
}

/**
 * Imported calendars: an uploaded file or a subscribed address, expanded by the calendar engine into busy blocks
 * that the slot search subtracts. A bad file or address is refused before anything is written.
 */
export function createCalendarsService(deps: {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  fetch: CalendarFetchOptions;
  /** Called after a user's busy time changed, to flag interviews it now overlaps. */
  onBusyChanged: (userId: string) => Promise<void>;
  external: ExternalCalendars;
}) {
  const { db, clock, queue } = deps;

  async function expand(userId: string, text: string, now: Date) {
    const timeZone = (await findAvailability(db, userId))?.timeZone ?? "UTC";
    const window = { from: now.getTime() - importBackMs, to: now.getTime() + importAheadMs };
    return readBusyIntervals(text, { ...window, timeZone }).busy;
  }

  async function fetchAndExpand(userId: string, url: string, now: Date) {
    return expand(userId, await fetchCalendar(url, deps.fetch), now);
  }

  /** Busy time of a source as it stands now: a subscribed address read again, or a linked provider asked. */
  function readSource(row: Pick<repo.CalendarSourceRow, "kind" | "userId" | "url">, now: Date) {
    if (row.kind === "google" || row.kind === "microsoft") {
      const window = { from: new Date(now.getTime() - importBackMs), to: new Date(now.getTime() + importAheadMs) };
      return deps.external.fetchBusy(row.userId, row.kind, window);
    }
    return fetchAndExpand(row.userId, row.url!, now);
  }

  function scheduleNextSync(sourceId: string, now: Date) {
    const runAt = new Date(now.getTime() + syncIntervalMs);
    const payload: CalendarSyncPayload = { sourceId };
    return queue.enqueue(calendarSyncJob, payload, {
      runAt,
      dedupeKey: `${sourceId}:${Math.floor(runAt.getTime() / syncIntervalMs)}`,
    });
  }

  async function loadOwn(user: SessionUser, id: string) {
    const row = await repo.findSource(db, id);
    if (!row || row.userId !== user.id) throw problems.notFound("Calendar");
    return row;
  }

  async function create(
    user: SessionUser,
    row: Pick<repo.CalendarSourceRow, "kind" | "name" | "url">,
    busy: { start: number; end: number }[],
    now: Date,
  ) {
    const id = crypto.randomUUID();
    await db.transaction(async (tx) => {
      await repo.insertSource(tx, { id, userId: user.id, ...row, createdAt: now });
      await repo.replaceBusy(tx, { id, userId: user.id }, busy, now);
    });
    await deps.onBusyChanged(user.id);
    return toSource((await repo.findSource(db, id))!);
  }

  return {
    async list(user: SessionUser) {
      return {
        items: (await repo.listSources(db, user.id)).map(toSource),
        connectable: {
          google: deps.external.provider("google") !== undefined,
          microsoft: deps.external.provider("microsoft") !== undefined,
        },
      };
    },

    async upload(user: SessionUser, input: { name: string; ics: string }) {
      const now = clock.now();
      let busy: { start: number; end: number }[];
      try {
        busy = await expand(user.id, input.ics, now);
      } catch (error) {
        if (error instanceof IcsParseError) throw icsProblem(error);
        throw error;
      }
      return create(user, { kind: "ics-upload", name: input.name, url: null }, busy, now);
    },

    async subscribe(user: SessionUser, input: { name: string; url: string }) {
      const now = clock.now();
      let busy: { start: number; end: number }[];
      try {
        busy = await fetchAndExpand(user.id, input.url, now);
      } catch (error) {
        if (error instanceof CalendarFetchError) throw fetchProblem(error);
        if (error instanceof IcsParseError) throw icsProblem(error);
        throw error;
      }
      const source = await create(user, { kind: "ics-url", name: input.name, url: input.url }, busy, now);
      await scheduleNextSync(source.id, now);
      return source;
    },

    /**
     * Adds the calendar of a provider the user linked with calendar scopes (Google freeBusy, Microsoft Graph
     * getSchedule); read now, then hourly like a subscribed address. Nothing is written if it cannot be read.
     */
    async connect(user: SessionUser, kind: ExternalCalendarKind) {
      const missing = await deps.external.missingLink(user.id, kind);
      if (missing) {
        throw problems.unprocessable(
          "calendar-not-linked",
          "Calendar access is not granted",
          `${missing}. Link the account with the calendar scopes (externalCalendarScopes), then try again.`,
        );
      }
      if ((await repo.listSources(db, user.id)).some((s) => s.kind === kind)) {
        throw problems.conflict("That calendar is already connected; sync it instead.");
      }
      const now = clock.now();
      let busy: { start: number; end: number }[];
      try {
        busy = await readSource({ kind, userId: user.id, url: null }, now);
      } catch (error) {
        if (error instanceof ExternalCalendarError) throw externalProblem(error);
        throw error;
      }
      const source = await create(user, { kind, name: deps.external.provider(kind)!.name, url: null }, busy, now);
      await scheduleNextSync(source.id, now);
      return source;
    },

    /** Reads a subscribed calendar again now; the failure is recorded on the source and answered as a problem. */
    async sync(user: SessionUser, id: string) {
      const row = await loadOwn(user, id);
      if (row.kind === "ics-upload") {
        throw problems.unprocessable(
          "calendar-not-subscribed",
          "Nothing to sync",
          "Upload the file again to refresh it.",
        );
      }
      const problem = await syncSource(row);
      if (problem) throw problem;
      return toSource((await repo.findSource(db, id))!);
    },

    async remove(user: SessionUser, id: string) {
      if (!(await repo.deleteSource(db, id, user.id))) throw problems.notFound("Calendar");
    },

    /** The scheduled sync: reads the source again and queues the next run; a deleted source stops the chain. */
    async runScheduledSync(payload: CalendarSyncPayload) {
      const row = await repo.findSource(db, payload.sourceId);
      if (!row || row.kind === "ics-upload") return;
      await syncSource(row);
      await scheduleNextSync(row.id, clock.now());
    },
  };

  async function syncSource(row: repo.CalendarSourceRow): Promise<HttpProblem | undefined> {
    const now = clock.now();
    try {
      const busy = await readSource(row, now);
      await db.transaction((tx) => repo.replaceBusy(tx, row, busy, now));
      await deps.onBusyChanged(row.userId);
      return undefined;
    } catch (error) {
      const problem =
        error instanceof CalendarFetchError
          ? fetchProblem(error)
          : error instanceof IcsParseError
            ? icsProblem(error)
            : error instanceof ExternalCalendarError
              ? externalProblem(error)
              : undefined;
      if (!problem) throw error;
      await repo.recordSyncError(db, row.id, problem.detail ?? problem.title);
      return problem;
    }
  }
}

export type CalendarsService = ReturnType<typeof createCalendarsService>;
