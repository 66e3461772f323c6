"use client";

import { useState } from "react";

/**
 * A choice saved in the background that shows the moment it is made. Controlled radios read it: an optimistic
 * TanStack Query update reaches them only after the query's notify timer, and until then React puts the clicked
 * radio back, which a quick second look (a user, a browser test) sees as a click that did nothing. The pending pick
 * lives in component state, which renders within the click; once its save settles the saved value takes over again.
 */
export function useInstantChoice<T>(
  saved: T,
  save: (value: T, callbacks: { onSettled: () => void }) => void,
): [shown: T, choose: (value: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const choose = (value: T) => {
    const choice = { value };
    setPending(choice);
    save(value, { onSettled: () => setPending((current) => (current === choice ? null : current)) });
  };
  return [pending ? pending.value : saved, choose];
}
