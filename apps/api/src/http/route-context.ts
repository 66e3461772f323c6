import { problemSchema } from "@hirefolio/shared";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { AppDeps } from "../app-deps";
import type { AuthGuards } from "./auth-guard";

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Documents the problem+json responses every authenticated route can give. */
export function withProblems<T extends Record<number, z.ZodType>>(success: T) {
  return {
    ...success,
    400: problemSchema,
    401: problemSchema,
    403: problemSchema,
    404: problemSchema,
    409: problemSchema,
    422: problemSchema,
    429: problemSchema,
  };
}

export interface RouteDeps {
  deps: AppDeps;
  guards: AuthGuards;
}
