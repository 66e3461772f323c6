import type { Interval } from "../../engines/slots/intervals";

export type ExternalCalendarKind = "google" | "microsoft";

/** The OAuth account better-auth keeps for a linked provider; nothing else is stored for calendars. */
export interface LinkedAccount {
  accessToken: string;
  /** The mailbox whose schedule is read (Microsoft Graph asks for it by address). */
  email: string;
}

export interface RefreshedTokens {
  accessToken: string;
  expiresAt: Date | null;
  /** Providers may rotate the refresh token; absent means keep the old one. */
  refreshToken?: string;
}

/** Why a provider would not answer; the message is shown on the calendar source. */
export class ExternalCalendarError extends Error {
  constructor(
    message: string,
    /** The access token was refused: refresh it and try once more. */
    readonly unauthorized = false,
  ) {
    super(message);
    this.name = "ExternalCalendarError";
  }
}

/** One interface for Google Calendar (freeBusy) and Microsoft Graph (getSchedule) as busy sources. */
export interface ExternalCalendarProvider {
  readonly kind: ExternalCalendarKind;
  readonly name: string;
  /** Scopes the account must have granted; linking asks for them. */
  readonly scopes: readonly string[];
  fetchBusy(account: LinkedAccount, window: { from: Date; to: Date }): Promise<Interval[]>;
  refresh(refreshToken: string): Promise<RefreshedTokens>;
}

/** Reads JSON from a provider, turning transport and HTTP failures into ExternalCalendarError. */
export async function providerJson(url: string, init: RequestInit, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    throw new ExternalCalendarError(`${what} could not be reached: ${(error as Error).message}`);
  }
  const body = await response.text();
  if (response.status === 401) throw new ExternalCalendarError(`${what} refused the access token`, true);
  if (!response.ok) {
    const detail = /"message"\s*:\s*"([^"]+)"/.exec(body)?.[1] ?? body.slice(0, 200);
    throw new ExternalCalendarError(`${what} answered ${response.status}: ${detail}`);
  }
  try {
    return JSON.parse(body);
  } catch {
    throw new ExternalCalendarError(`${what} answered with something that is not JSON`);
  }
}

/** The token endpoint's answer to grant_type=refresh_token (RFC 6749 §6), the same for both providers. */
export async function refreshAt(
  tokenUrl: string,
  form: Record<string, string>,
  what: string,
): Promise<RefreshedTokens> {
  const answer = (await providerJson(
    tokenUrl,
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams({ grant_type: "refresh_token", ...form }).toString(),
    },
    what,
  )) as { access_token?: string; expires_in?: number; refresh_token?: string };
  if (!answer.access_token) throw new ExternalCalendarError(`${what} returned no access token`);
  return {
    accessToken: answer.access_token,
    expiresAt: answer.expires_in ? new Date(Date.now() + answer.expires_in * 1000) : null,
    refreshToken: answer.refresh_token,
  };
}
