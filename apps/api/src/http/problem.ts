/** Stable problem types: clients switch on `type`, never on `title` or `detail`. */
export const problemTypeBase = "https://hirefolio.dev/problems/";

export interface FieldError {
  field: string;
  message: string;
}

/** An error that becomes an RFC 9457 problem+json response with the given status and type. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
    /** RFC 9457 extension members, e.g. the alternatives offered with a booking conflict. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail ?? title);
  }
}

export const problems = {
  badRequest: (detail: string, errors?: FieldError[]) =>
    new HttpProblem(400, "validation-error", "Your request is not valid", detail, errors),
  unauthenticated: () => new HttpProblem(401, "unauthenticated", "Sign in required", "Sign in to use this endpoint."),
  forbidden: (detail: string) => new HttpProblem(403, "forbidden", "Not allowed", detail),
  notFound: (what: string) =>
    new HttpProblem(404, "not-found", `${what} not found`, `No ${what.toLowerCase()} with that id is visible to you.`),
  conflict: (detail: string) => new HttpProblem(409, "conflict", "Conflict", detail),
  unprocessable: (slug: string, title: string, detail: string) => new HttpProblem(422, slug, title, detail),
  crossOrigin: () =>
    new HttpProblem(
      403,
      "cross-origin-request",
      "Cross-origin request refused",
      "This request came from another site; it was refused to protect your session.",
    ),
};
