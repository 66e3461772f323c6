/** Paths and words a handle must not take: they clash with routes or would look official. */
export const reservedHandles = new Set([
  "about",
  "admin",
  "administrator",
  "api",
  "app",
  "auth",
  "dashboard",
  "docs",
  "help",
  "hirefolio",
  "login",
  "logout",
  "me",
  "new",
  "p",
  "portfolio",
  "portfolios",
  "privacy",
  "profile",
  "root",
  "settings",
  "signin",
  "signup",
  "static",
  "support",
  "system",
  "terms",
  "www",
]);

export const handleMinLength = 3;
export const handleMaxLength = 30;
const handleFormat = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a handle cannot be used, or undefined when it can (uniqueness is the database's to decide). */
export function handleProblem(handle: string): string | undefined {
  if (handle.length < handleMinLength || handle.length > handleMaxLength) {
    return `A handle has ${handleMinLength} to ${handleMaxLength} characters.`;
  }
  if (!handleFormat.test(handle)) return "A handle has letters a–z, digits and single hyphens between them.";
  if (reservedHandles.has(handle)) return `"${handle}" is reserved; choose another handle.`;
  return undefined;
}

/**
 * The handle a name suggests: accents folded (Zoë → zoe), anything else to single hyphens, cut to fit. A name that
 * leaves too little (or a reserved word) gets a neutral base; uniqueness suffixes are added by `handleCandidate`.
 */
export function handleBaseFromName(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, handleMaxLength)
    .replace(/-+$/, "");
  return base.length < handleMinLength || reservedHandles.has(base) ? `${base ? `${base}-` : ""}folio` : base;
}

/** The nth attempt at a unique handle: the base, then base-2, base-3…, cut so the suffix always fits. */
export function handleCandidate(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `-${attempt}`;
  return `${base.slice(0, handleMaxLength - suffix.length).replace(/-+$/, "")}${suffix}`;
}
