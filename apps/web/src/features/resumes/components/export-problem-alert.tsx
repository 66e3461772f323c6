"use client";

import type { ResumeDocument } from "@hirefolio/shared";
import { Alert } from "@/components/ui/alert";
import { errorMessage, isApiError } from "@/lib/api-client";
import { describePath } from "../path-label";
import { getAtPath, problemFieldPath } from "../resume-paths";
import { FieldLink } from "./field-link";

/** Why an export failed; fields that did not survive verification link to their inputs when they have one. */
export function ExportProblemAlert({ error, document }: { error: unknown; document: ResumeDocument }) {
  // Problem types are URLs ending in the slug.
  const verification = isApiError(error, 422) && error.problem.type.endsWith("export-verification-failed");
  const fields = verification ? (error.problem.errors ?? []) : [];
  return (
    <Alert tone="danger" title={verification ? error.problem.title : "Couldn't export your resume"}>
      {fields.length ? (
        <>
          <p>The file did not read back as written, so it was not sent. Edit these fields and export again:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {fields.map(({ field, message }) => {
              const path = problemFieldPath(field);
              const linkable = getAtPath(document, path) !== undefined;
              const label = describePath(path) || field;
              return (
                <li key={`${field}:${message}`}>
                  {linkable ? (
                    <FieldLink path={path} />
                  ) : (
                    <span className="font-medium">{label.charAt(0).toUpperCase() + label.slice(1)}</span>
                  )}
                  : {message}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{errorMessage(error)}</p>
      )}
    </Alert>
  );
}
