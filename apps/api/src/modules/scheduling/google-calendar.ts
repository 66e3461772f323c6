import { externalCalendarScopes } from "@hirefolio/shared";
import type { Interval } from "../../engines/slots/intervals";
import {
  ExternalCalendarError,
  type ExternalCalendarProvider,
  type LinkedAccount,
  providerJson,
  refreshAt,
} from "./external-calendar";

interface FreeBusyResponse {
  kind: "calendar#freeBusy";
  calendars?: Record<
    string,
    { busy?: { start: string; end: string }[]; errors?: { domain: string; reason: string }[] }
  >;
}

/** Google Calendar's freeBusy query on the primary calendar: busy ranges only, no event details. */
export function googleCalendar(client: { clientId: string; clientSecret: string }): ExternalCalendarProvider {
  return {
    kind: "google",
    name: "Google Calendar",
    scopes: externalCalendarScopes.google,

    async fetchBusy(account: LinkedAccount, window: { from: Date; to: Date }): Promise<Interval[]> {
      const answer = (await providerJson(
        "https://www.googleapis.com/calendar/v3/freeBusy",
        {
          method: "POST",
          headers: { authorization: `Bearer ${account.accessToken}`, "content-type": "application/json" },
          body: JSON.stringify({
            timeMin: window.from.toISOString(),
            timeMax: window.to.toISOString(),
            items: [{ id: "primary" }],
          }),
        },
        "Google Calendar",
      )) as FreeBusyResponse;
      const calendar = answer.calendars?.primary;
      if (!calendar) throw new ExternalCalendarError("Google Calendar did not return the primary calendar");
      if (calendar.errors?.length) {
        throw new ExternalCalendarError(
          `Google Calendar could not read the calendar: ${calendar.errors.map((e) => e.reason).join(", ")}`,
        );
      }
      return (calendar.busy ?? []).map((b) => ({ start: Date.parse(b.start), end: Date.parse(b.end) }));
    },

    refresh(refreshToken: string) {
      return refreshAt(
        "https://oauth2.googleapis.com/token",
        { refresh_token: refreshToken, client_id: client.clientId, client_secret: client.clientSecret },
        "Google",
      );
    },
  };
}
