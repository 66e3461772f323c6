import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type FieldError, HttpProblem, problemTypeBase } from "./problem";

function send(reply: FastifyReply, request: FastifyRequest, problem: HttpProblem) {
  if (problem.headers) reply.headers(problem.headers);
  return reply
    .status(problem.status)
    .type("application/problem+json")
    .send({
      type: `${problemTypeBase}${problem.slug}`,
      title: problem.title,
      status: problem.status,
      ...(problem.detail ? { detail: problem.detail } : {}),
      instance: request.url.split("?")[0],
      requestId: request.id,
      ...(problem.errors ? { errors: problem.errors } : {}),
      ...problem.extensions,
    });
}

/** Maps Fastify's own client errors (bad JSON, too large, wrong media type …) to problem slugs. */
const clientErrorSlugs: Record<number, [string, string]> = {
  400: ["bad-request", "Bad request"],
  404: ["not-found", "Not found"],
  405: ["method-not-allowed", "Method not allowed"],
  406: ["not-acceptable", "Not acceptable"],
  413: ["payload-too-large", "Request body too large"],
  415: ["unsupported-media-type", "Unsupported media type"],
  429: ["rate-limited", "Too many requests"],
};

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) return send(reply, request, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors: FieldError[] = error.validation.map((v) => ({
        field: [error.validationContext, ...v.instancePath.split("/").filter(Boolean)].join("."),
        message: v.message ?? "is invalid",
      }));
      const detail = errors.map((e) => `${e.field}: ${e.message}`).join("; ");
      return send(
        reply,
        request,
        new HttpProblem(400, "validation-error", "Your request is not valid", detail, errors),
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const [slug, title] = clientErrorSlugs[status] ?? ["client-error", "Request refused"];
      return send(reply, request, new HttpProblem(status, slug, title, error.message));
    }
    request.log.error({ err: error }, "unhandled error");
    return send(
      reply,
      request,
      new HttpProblem(
        500,
        "internal-error",
        "Something went wrong",
        `The error was logged with request id ${request.id}.`,
      ),
    );
  });
  app.setNotFoundHandler((request, reply) =>
    send(
      reply,
      request,
      new HttpProblem(
        404,
        "route-not-found",
        "No such endpoint",
        `${request.method} ${request.url.split("?")[0]} does not exist.`,
      ),
    ),
  );
}
