import { ApiError } from "@/lib/api-client";

/** better-auth reports input problems as codes; these belong beside a specific field rather than above the form. */
const fieldByCode: Record<string, "email" | "password"> = {
  USER_ALREADY_EXISTS: "email",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "email",
  INVALID_EMAIL: "email",
  PASSWORD_TOO_SHORT: "password",
  PASSWORD_TOO_LONG: "password",
  INVALID_PASSWORD: "password",
};

const friendlyByCode: Record<string, string> = {
  USER_ALREADY_EXISTS: "An account with this email already exists. Sign in instead?",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "An account with this email already exists. Sign in instead?",
  INVALID_EMAIL_OR_PASSWORD: "That email and password don't match. Check them and try again.",
  EMAIL_NOT_VERIFIED: "Please verify your email first — we've sent you a link.",
  PASSWORD_TOO_SHORT: "Use at least 8 characters.",
  INVALID_TOKEN: "This link is invalid or has expired. Request a new one.",
  TOKEN_EXPIRED: "This link has expired. Request a new one.",
};

export interface AuthFailure {
  /** Field-level messages, from a problem's `errors` or a recognised better-auth code. */
  fields: Record<string, string>;
  /** A message for the whole form, when the problem is not about one field. */
  form?: string;
}

export function describeAuthFailure(error: unknown): AuthFailure {
  if (!(error instanceof ApiError)) return { fields: {}, form: "Something went wrong. Please try again." };
  const code = error.problem.type;
  const message = friendlyByCode[code] ?? error.problem.detail ?? error.problem.title;
  const field = fieldByCode[code];
  if (field) return { fields: { [field]: message } };
  const fields = error.fieldErrors;
  return { fields, form: Object.keys(fields).length > 0 ? undefined : message };
}
