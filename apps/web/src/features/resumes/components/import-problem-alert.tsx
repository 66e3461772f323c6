import { Alert } from "@/components/ui/alert";
import { errorMessage, isApiError } from "@/lib/api-client";
import { describePath } from "../path-label";
import { problemFieldPath } from "../resume-paths";

export interface ImportProblem {
  title: string;
  fields: { path: string; message: string }[];
}

/** A failed import in words, with each invalid field named by where it is in the file. */
export function importProblem(error: unknown): ImportProblem {
  if (isApiError(error, 400) && error.problem.errors?.length) {
    return {
      title: "Some fields in that file aren't valid JSON Resume:",
      fields: error.problem.errors.map(({ field, message }) => ({ path: problemFieldPath(field), message })),
    };
  }
  return { title: errorMessage(error), fields: [] };
}

export function ImportProblemAlert({ problem }: { problem: ImportProblem }) {
  return (
    <Alert tone="danger" title="Couldn't import that file">
      <p>{problem.title}</p>
      {problem.fields.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {problem.fields.map((field) => (
            <li key={`${field.path}:${field.message}`}>
              <span className="font-medium">{describePath(field.path) || "The file"}</span>
              {field.path && <code className="ml-1 text-xs text-rose-700">{field.path}</code>}: {field.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
