"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * The full address of a path on this site, for copying. The server render has no origin, so it shows the path
 * until the browser takes over.
 */
export function usePageAddress(path: string): string {
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  return `${origin}${path}`;
}
