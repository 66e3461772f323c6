import { type DbOrTx, schema } from "@hirefolio/db";
import { and, desc, eq } from "drizzle-orm";
import type { RefreshedTokens } from "./external-calendar";

const { account, user } = schema;

/** The user's account with the provider as better-auth stored it when it was linked, with the user's address. */
export async function findLinkedAccount(db: DbOrTx, userId: string, providerId: string) {
  const [row] = await db
    .select({
      id: account.id,
      accessToken: account.accessToken,
      refreshToken: account.refreshToken,
      accessTokenExpiresAt: account.accessTokenExpiresAt,
      scope: account.scope,
      email: user.email,
    })
    .from(account)
    .innerJoin(user, eq(user.id, account.userId))
    .where(and(eq(account.userId, userId), eq(account.providerId, providerId)))
    .orderBy(desc(account.updatedAt))
    .limit(1);
  return row;
}
export type LinkedAccountRow = NonNullable<Awaited<ReturnType<typeof findLinkedAccount>>>;

/** Writes refreshed tokens where better-auth keeps them, so sign-in and calendar reads share one account. */
export async function saveRefreshedTokens(db: DbOrTx, accountId: string, tokens: RefreshedTokens) {
  await db
    .update(account)
    .set({
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.expiresAt,
      ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
    })
    .where(eq(account.id, accountId));
}
