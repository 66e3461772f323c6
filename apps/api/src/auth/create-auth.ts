import { schema } from "@hirefolio/db";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError } from "better-auth/api";
import { bearer, organization } from "better-auth/plugins";
import { eq } from "drizzle-orm";
import type { AppDeps } from "../app-deps";
import { accountEmails } from "../modules/mail/account-emails";
import { enqueueMail } from "../modules/mail/mail-jobs";
import { recordEvent } from "../platform/events/record-event";

const selfChosenRoles = new Set(["candidate", "recruiter"]);

export function createAuth({ config, database, queue }: Pick<AppDeps, "config" | "database" | "queue">) {
  const socialProviders = {
    ...(config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET
      ? {
          google: {
            clientId: config.GOOGLE_CLIENT_ID,
            clientSecret: config.GOOGLE_CLIENT_SECRET,
            // Google issues a refresh token only for offline access granted on a consent screen; without one a
            // connected calendar stops syncing an hour after it was linked.
            accessType: "offline" as const,
            prompt: "select_account consent" as const,
          },
        }
      : {}),
    ...(config.MICROSOFT_CLIENT_ID && config.MICROSOFT_CLIENT_SECRET
      ? {
          microsoft: {
            clientId: config.MICROSOFT_CLIENT_ID,
            clientSecret: config.MICROSOFT_CLIENT_SECRET,
            tenantId: config.MICROSOFT_TENANT_ID,
          },
        }
      : {}),
  };

  return betterAuth({
    appName: "Hirefolio",
    // The browser reaches the API through the web app's /api rewrite, so links point at PUBLIC_URL.
    baseURL: config.PUBLIC_URL,
    basePath: "/api/auth",
    secret: config.SESSION_SECRET,
    trustedOrigins: [config.PUBLIC_URL],
    telemetry: { enabled: false },
    // Joining an employer goes through /api/v1 only, where seats are checked; Better Auth's own routes for it (and
    // for changing roles, which moves people in and out of the seat-free owner role) would go around that.
    disabledPaths: [
      "/organization/invite-member",
      "/organization/accept-invitation",
      "/organization/update-member-role",
    ],
    database: drizzleAdapter(database.db, {
      provider: "pg",
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        organization: schema.organization,
        member: schema.member,
        invitation: schema.invitation,
      },
    }),
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "candidate", input: true },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // Every new session (sign-up, sign-in, OAuth) marks its user active; the metrics count active users by it.
          after: async (session) => {
            const [account] = await database.db
              .select({ role: schema.user.role })
              .from(schema.user)
              .where(eq(schema.user.id, session.userId));
            await recordEvent(database.db, {
              type: "account.signed_in",
              actorId: session.userId,
              properties: { role: account?.role ?? "candidate" },
            });
          },
        },
      },
      user: {
        create: {
          before: async (user) => {
            const role = (user as { role?: string }).role ?? "candidate";
            if (!selfChosenRoles.has(role)) {
              throw new APIError("BAD_REQUEST", { message: "role must be candidate or recruiter" });
            }
            return { data: { ...user, role } };
          },
        },
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 3600,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        await enqueueMail(queue, accountEmails.resetPassword(user.email, user.name, url));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) => {
        await enqueueMail(queue, accountEmails.verifyEmail(user.email, user.name, url));
      },
    },
    socialProviders,
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
      // A signed copy of the session in a cookie spares a database read on most requests.
      cookieCache: { enabled: true, maxAge: 5 * 60 },
    },
    // Fastify's @fastify/rate-limit guards the auth routes with the shared (Redis) store instead.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "hirefolio",
      database: { generateId: () => crypto.randomUUID() },
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    plugins: [
      bearer(),
      organization({
        allowUserToCreateOrganization: async (user) => (user as { role?: string }).role !== "candidate",
        invitationExpiresIn: 60 * 60 * 24 * 7,
        cancelPendingInvitationsOnReInvite: true,
        schema: {
          organization: { additionalFields: { website: { type: "string", required: false, input: true } } },
        },
        sendInvitationEmail: async ({ id, email, organization: employer, inviter }) => {
          const url = `${config.PUBLIC_URL}/invitations/${encodeURIComponent(id)}`;
          await enqueueMail(
            queue,
            accountEmails.invitation(email, inviter.user.name, employer.name, url),
            `invite:${id}`,
          );
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
