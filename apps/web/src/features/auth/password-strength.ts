export const minPasswordLength = 8;

export type PasswordStrength = { score: 0 | 1 | 2 | 3 | 4; label: string };

const labels = ["Too short", "Weak", "Fair", "Good", "Strong"] as const;

/** A rough guide, not a policy: the only hard rule is the minimum length the API enforces. */
export function passwordStrength(password: string): PasswordStrength {
  if (password.length < minPasswordLength) return { score: 0, label: labels[0] };
  let score = 1;
  if (password.length >= 12) score++;
  if (/[a-z]/.test(password) && /[A-Z]/.test(password)) score++;
  if (/\d/.test(password) && /[^A-Za-z0-9]/.test(password)) score++;
  else if (/\d|[^A-Za-z0-9]/.test(password) && password.length >= 16) score++;
  const clamped = Math.min(score, 4) as PasswordStrength["score"];
  return { score: clamped, label: labels[clamped] };
}
