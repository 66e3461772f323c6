import type { z } from "zod";

export type FieldErrors = Record<string, string>;

/** Plain-language messages for the checks the shared contracts use; schema-specific messages still win. */
const friendlyMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") {
        return issue.minimum === 1 ? "This field is required" : `Use at least ${issue.minimum} characters`;
      }
      return `Must be at least ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "string") return `Use at most ${issue.maximum} characters`;
      if (issue.origin === "array") return `Add at most ${issue.maximum} items`;
      return `Must be at most ${issue.maximum.toLocaleString("en-US")}`;
    case "invalid_format":
      if (issue.format === "email") return "Enter a valid email address";
      if (issue.format === "url") return "Enter a full web address, e.g. https://example.com";
      return undefined;
    case "invalid_type":
      return issue.expected === "number" || issue.expected === "int" ? "Enter a whole number" : undefined;
    default:
      return undefined;
  }
};

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Checks form values against a shared zod contract, returning the first message per top-level field.
 * A contract's cross-field refinements are written for developers, so a form may word them for people
 * with `refinementMessages`, keyed by the field the refinement reports on.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  values: unknown,
  refinementMessages: FieldErrors = {},
): Validation<z.output<S>> {
  const result = schema.safeParse(values, { error: friendlyMessages });
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    const message = issue.code === "custom" ? (refinementMessages[field] ?? issue.message) : issue.message;
    errors[field] ??= message;
  }
  return { ok: false, errors };
}
