import type { Role } from "@hirefolio/shared";
import type { FastifyRequest } from "fastify";
import type { Auth } from "../auth/create-auth";
import { SessionMemo } from "../auth/session-memo";
import { problems } from "./problem";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role: Role;
}

declare module "fastify" {
  interface FastifyRequest {
    sessionUser?: SessionUser;
  }
}

/** Builds the preHandlers routes use: `signedIn` for any user, `roles(...)` to also restrict by role. */
export function createAuthGuards(auth: Auth, memo: SessionMemo) {
  async function loadUser(request: FastifyRequest): Promise<SessionUser> {
    if (request.sessionUser) return request.sessionUser;
    const key = SessionMemo.keyOf(request.headers);
    const remembered = memo.get(key);
    if (remembered) {
      request.sessionUser = remembered;
      return remembered;
    }
    const session = await auth.api.getSession({ headers: sessionHeaders(request) });
    if (!session) throw problems.unauthenticated();
    const { id, name, email, emailVerified, role } = session.user as typeof session.user & { role: Role };
    request.sessionUser = { id, name, email, emailVerified, role };
    memo.set(key, request.sessionUser);
    return request.sessionUser;
  }

  return {
    signedIn: async (request: FastifyRequest) => {
      await loadUser(request);
    },
    roles:
      (...allowed: Role[]) =>
      async (request: FastifyRequest) => {
        const user = await loadUser(request);
        if (!allowed.includes(user.role)) {
          throw problems.forbidden(`This needs one of the roles: ${allowed.join(", ")}.`);
        }
      },
    /** Returns the signed-in user when there is one, without failing. */
    optionalUser: async (request: FastifyRequest) => loadUser(request).catch(() => undefined),
  };
}

export type AuthGuards = ReturnType<typeof createAuthGuards>;

export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.sessionUser) throw problems.unauthenticated();
  return request.sessionUser;
}

/** The caller's credentials, for server-side calls into better-auth on their behalf. */
export function sessionHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  if (request.headers.cookie) headers.set("cookie", request.headers.cookie);
  if (request.headers.authorization) headers.set("authorization", request.headers.authorization);
  return headers;
}
