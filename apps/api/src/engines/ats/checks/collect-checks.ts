import type { AtsCheck, AtsCheckCategory } from "@hirefolio/shared";

export type AddCheck = (id: string, severity: AtsCheck["severity"], message: string, where?: string) => void;

/** Runs one group of checks, giving each id the group's prefix ("contact.email-missing") and category. */
export function collectChecks(group: string, category: AtsCheckCategory, run: (add: AddCheck) => void): AtsCheck[] {
  const checks: AtsCheck[] = [];
  run((id, severity, message, where) =>
    checks.push({ id: `${group}.${id}`, category, severity, message, ...(where === undefined ? {} : { where }) }),
  );
  return checks;
}
