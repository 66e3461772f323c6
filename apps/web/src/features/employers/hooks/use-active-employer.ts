"use client";

import type { Employer } from "@hirefolio/shared";
import { useCallback, useState } from "react";
import { useCurrentUser } from "@/features/auth/components/require-role";

const storageKey = "hirefolio.activeEmployerId";

function readStoredId(): string | null {
  return typeof window === "undefined" ? null : window.localStorage.getItem(storageKey);
}

/**
 * The employer a recruiter is working in. Remembered per browser, so the dashboard, new-job form
 * and team page agree; falls back to the first employer the person belongs to.
 */
export function useActiveEmployer(): {
  employer: Employer | undefined;
  employers: Employer[];
  select: (employerId: string) => void;
} {
  const { employers } = useCurrentUser();
  const [storedId, setStoredId] = useState(readStoredId);

  const select = useCallback((employerId: string) => {
    window.localStorage.setItem(storageKey, employerId);
    setStoredId(employerId);
  }, []);

  const employer = employers.find((candidate) => candidate.id === storedId) ?? employers[0];
  return { employer, employers, select };
}
