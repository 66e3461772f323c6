import type { Db } from "@hirefolio/db";
import type { Interval } from "../../engines/slots/intervals";
import type { Clock } from "../../platform/clock";
import { ExternalCalendarError, type ExternalCalendarKind, type ExternalCalendarProvider } from "./external-calendar";
import { findLinkedAccount, type LinkedAccountRow, saveRefreshedTokens } from "./linked-accounts-repo";

/** A token this close to expiry is refreshed before use rather than sent to fail. */
const expiryMarginMs = 60_000;

/** better-auth stores granted scopes comma-separated; providers answer space-separated. */
function grantedScopes(scope: string | null) {
  return new Set((scope ?? "").split(/[\s,]+/).filter(Boolean));
}

/**
 * Busy time from the calendars of linked Google and Microsoft accounts. Tokens come from better-auth's account
 * table; an expired or refused access token is refreshed once with the refresh token and written back there.
 */
export function createExternalCalendars(deps: { db: Db; clock: Clock; providers: ExternalCalendarProvider[] }) {
  const { db, clock } = deps;
  const byKind = new Map(deps.providers.map((p) => [p.kind, p]));

  async function refreshed(provider: ExternalCalendarProvider, account: LinkedAccountRow) {
    if (!account.refreshToken) {
      throw new ExternalCalendarError(`${provider.name} access expired and cannot be renewed; connect it again`);
    }
    const tokens = await provider.refresh(account.refreshToken);
    await saveRefreshedTokens(db, account.id, tokens);
    return tokens.accessToken;
  }

  return {
    /** The provider when its OAuth keys are configured. */
    provider: (kind: ExternalCalendarKind) => byKind.get(kind),

    /** Why the user's linked account cannot be read yet, or undefined when it can. */
    async missingLink(userId: string, kind: ExternalCalendarKind): Promise<string | undefined> {
      const provider = byKind.get(kind);
      if (!provider) return "Calendar access for this provider is not configured on this server";
      const account = await findLinkedAccount(db, userId, kind);
      if (!account?.accessToken) return `Link your ${provider.name} account first`;
      const granted = grantedScopes(account.scope);
      const missing = provider.scopes.filter((s) => s !== "offline_access" && !granted.has(s));
      if (missing.length > 0) return `${provider.name} access was not granted (${missing.join(", ")})`;
      return undefined;
    },

    async fetchBusy(userId: string, kind: ExternalCalendarKind, window: { from: Date; to: Date }): Promise<Interval[]> {
      const provider = byKind.get(kind);
      if (!provider) throw new ExternalCalendarError("Calendar access for this provider is not configured");
      const account = await findLinkedAccount(db, userId, kind);
      if (!account?.accessToken) throw new ExternalCalendarError(`The ${provider.name} account is no longer linked`);
      const expiresSoon =
        account.accessTokenExpiresAt !== null &&
        account.accessTokenExpiresAt.getTime() - clock.now().getTime() < expiryMarginMs;
      let accessToken = expiresSoon ? await refreshed(provider, account) : account.accessToken;
      try {
        return await provider.fetchBusy({ accessToken, email: account.email }, window);
      } catch (error) {
        if (!(error instanceof ExternalCalendarError && error.unauthorized) || expiresSoon) throw error;
        accessToken = await refreshed(provider, account);
        return provider.fetchBusy({ accessToken, email: account.email }, window);
      }
    },
  };
}

export type ExternalCalendars = ReturnType<typeof createExternalCalendars>;
