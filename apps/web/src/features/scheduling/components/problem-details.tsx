"use client";

import { FormError } from "@/components/ui/alert";
import { ApiError, errorMessage } from "@/lib/api-client";

/** "weeklyHours.mon.0.end" → "weekly hours › mon › 1 › end", readable without knowing the API's field names. */
function fieldLabel(field: string): string {
  return field
    .replace(/^\/?(body\/|body\.)?/, "")
    .split(/[./]/)
    .map((part) =>
      /^\d+$/.test(part) ? `#${Number(part) + 1}` : part.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase(),
    )
    .join(" › ");
}

/** A failed request: the problem's message and, for validation problems, each field at fault. */
export function ProblemDetails({ error }: { error: unknown }) {
  if (!error) return null;
  const fields = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <div className="space-y-2">
      <FormError message={errorMessage(error)} />
      {fields.length > 0 && (
        <ul className="list-inside list-disc text-sm text-rose-700">
          {fields.map(({ field, message }) => (
            <li key={`${field}:${message}`}>
              <span className="font-medium">{fieldLabel(field)}</span>: {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
