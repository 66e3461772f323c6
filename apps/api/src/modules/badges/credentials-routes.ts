import {
  issuedCredentialSchema,
  issuerProfileSchema,
  jwksSchema,
  problemSchema,
  verificationSchema,
  verifyCredentialRequestSchema,
} from "@hirefolio/shared";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { RouteDeps, ZodApp } from "../../http/route-context";
import type { BadgesService } from "./badges-service";

const tags = ["credentials"];
const publicProblems = { 400: problemSchema, 404: problemSchema, 429: problemSchema };
const idParams = z.object({ id: z.string().min(1).max(100) });

/** Verifiers run anywhere, browsers on other sites included: the issuer's public documents are readable by all. */
function publicDocument(reply: FastifyReply, maxAgeSeconds: number) {
  reply.header("access-control-allow-origin", "*").header("cache-control", `public, max-age=${maxAgeSeconds}`);
}

/** The public side of Open Badges: issuer profile, its key, each credential, and a verifier. No sign-in. */
export function registerCredentialRoutes(app: ZodApp, { deps }: RouteDeps, badges: BadgesService) {
  const limit = (perMinute: number) => ({
    rateLimit: { max: Math.min(deps.config.RATE_LIMIT_PER_MINUTE, perMinute), timeWindow: "1 minute" },
  });

  app.route({
    method: "GET",
    url: "/api/v1/issuer",
    schema: {
      operationId: "getIssuerProfile",
      tags,
      description: "The Open Badges 3.0 issuer Profile named in every credential.",
      security: [],
      response: { 200: issuerProfileSchema },
    },
    handler: (_request, reply) => {
      publicDocument(reply, 3600);
      return badges.issuer();
    },
  });

  app.route({
    method: "GET",
    url: "/api/v1/issuer/jwks",
    schema: {
      operationId: "getIssuerJwks",
      tags,
      description: "The issuer's public Ed25519 key(s) as a JWK Set; the JWS header's kid names the key.",
      security: [],
      response: { 200: jwksSchema },
    },
    handler: (_request, reply) => {
      publicDocument(reply, 3600);
      return badges.jwks();
    },
  });

  app.route({
    method: "GET",
    url: "/api/v1/issuer/achievements/:id",
    schema: {
      operationId: "getAchievement",
      tags,
      description: "The Open Badges 3.0 Achievement a badge's credentials refer to.",
      security: [],
      params: idParams,
      response: { 200: z.record(z.string(), z.unknown()), 404: problemSchema },
    },
    handler: (request, reply) => {
      const found = badges.achievement(request.params.id);
      publicDocument(reply, 3600);
      return found;
    },
  });

  app.route({
    method: "GET",
    url: "/api/v1/credentials/:id",
    config: limit(120),
    schema: {
      operationId: "getCredential",
      tags,
      description: "An issued OpenBadgeCredential with its compact JWS, and whether the issuer revoked it.",
      security: [],
      params: idParams,
      response: { 200: issuedCredentialSchema, ...publicProblems },
    },
    handler: async (request, reply) => {
      const found = await badges.credential(request.params.id);
      // Short: a revocation should reach verifiers soon.
      publicDocument(reply, 60);
      return found;
    },
  });

  app.route({
    method: "POST",
    url: "/api/v1/credentials/verify",
    config: limit(60),
    schema: {
      operationId: "verifyCredential",
      tags,
      description:
        "Verifies a credential given as its JWS or as its JSON: signature with the issuer's key, issuer, validity dates, revocation and subject.",
      security: [],
      body: verifyCredentialRequestSchema,
      response: { 200: verificationSchema, ...publicProblems },
    },
    handler: (request) => badges.verify(request.body),
  });
}
