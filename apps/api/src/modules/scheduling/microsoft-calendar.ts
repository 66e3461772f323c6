import { externalCalendarScopes } from "@hirefolio/shared";
import { DateTime } from "luxon";
import type { Interval } from "../../engines/slots/intervals";
import {
  ExternalCalendarError,
  type ExternalCalendarProvider,
  type LinkedAccount,
  providerJson,
  refreshAt,
} from "./external-calendar";

interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

interface GetScheduleResponse {
  value?: {
    scheduleId: string;
    scheduleItems?: { status: string; start: DateTimeTimeZone; end: DateTimeTimeZone }[];
    error?: { message: string; responseCode: string };
  }[];
}

/** Statuses that keep someone from an interview; "free" and "workingElsewhere" do not. */
const blockingStatuses = new Set(["busy", "tentative", "oof"]);

/**
 * Graph writes dateTime without an offset ("2026-03-10T09:00:00.0000000") in the zone asked for with
 * `Prefer: outlook.timezone` and names it beside it, in Windows form when it is not UTC ("Pacific Standard
 * Time"). We ask for UTC; any other answer is refused rather than read in the wrong zone.
 */
function instant(value: DateTimeTimeZone): number {
  if (value.timeZone !== "UTC") {
    throw new ExternalCalendarError(`Microsoft Graph answered in ${value.timeZone} instead of UTC`);
  }
  const at = DateTime.fromISO(value.dateTime, { zone: "UTC" });
  if (!at.isValid) throw new ExternalCalendarError(`Microsoft Graph sent an unreadable time: ${value.dateTime}`);
  return at.toMillis();
}

/** Microsoft Graph's getSchedule for the signed-in mailbox. */
export function microsoftCalendar(client: {
  clientId: string;
  clientSecret: string;
  tenantId: string;
}): ExternalCalendarProvider {
  return {
    kind: "microsoft",
    name: "Outlook calendar",
    scopes: externalCalendarScopes.microsoft,

    async fetchBusy(account: LinkedAccount, window: { from: Date; to: Date }): Promise<Interval[]> {
      const utc = (at: Date) => ({ dateTime: at.toISOString().slice(0, 19), timeZone: "UTC" });
      const answer = (await providerJson(
        "https://graph.microsoft.com/v1.0/me/calendar/getSchedule",
        {
          method: "POST",
          headers: {
            authorization: `Bearer ${account.accessToken}`,
            "content-type": "application/json",
            prefer: 'outlook.timezone="UTC"',
          },
          body: JSON.stringify({
            schedules: [account.email],
            startTime: utc(window.from),
            endTime: utc(window.to),
            availabilityViewInterval: 30,
          }),
        },
        "Microsoft Graph",
      )) as GetScheduleResponse;
      const schedule = answer.value?.[0];
      if (!schedule) throw new ExternalCalendarError("Microsoft Graph returned no schedule");
      if (schedule.error) {
        throw new ExternalCalendarError(`Microsoft Graph could not read the calendar: ${schedule.error.message}`);
      }
      return (schedule.scheduleItems ?? [])
        .filter((item) => blockingStatuses.has(item.status))
        .map((item) => ({ start: instant(item.start), end: instant(item.end) }));
    },

    refresh(refreshToken: string) {
      return refreshAt(
        `https://login.microsoftonline.com/${client.tenantId}/oauth2/v2.0/token`,
        {
          refresh_token: refreshToken,
          client_id: client.clientId,
          client_secret: client.clientSecret,
          scope: externalCalendarScopes.microsoft.join(" "),
        },
        "Microsoft",
      );
    },
  };
}
