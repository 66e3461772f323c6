"use client";

import { useCallback, useState } from "react";
import type { FieldErrors } from "./validation";

/** Form values plus per-field errors; editing a field clears its error so stale messages don't linger. */
export function useFormValues<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const set = useCallback(<K extends keyof T & string>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _cleared, ...rest } = current;
      return rest;
    });
  }, []);

  /** Value, change handler and error of a text field, to spread onto a TextField or TextAreaField. */
  const bind = <K extends keyof T & string>(key: K) => ({
    value: values[key] as string,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value as T[K]),
    error: errors[key],
  });

  return { values, set, bind, setValues, errors, setErrors };
}
