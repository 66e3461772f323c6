"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/lib/api-client";
import { describePath } from "../path-label";
import { revealField } from "../resume-paths";

interface SaveProblemAlertProps {
  status: "conflict" | "error";
  error: unknown;
  fieldErrors: Record<string, string>;
  onReload: () => void;
  onKeepMine: () => void;
  busy: boolean;
}

/** Why the last save failed and what the user can do; typed text stays in the editor whatever they choose. */
export function SaveProblemAlert({ status, error, fieldErrors, onReload, onKeepMine, busy }: SaveProblemAlertProps) {
  if (status === "conflict") {
    return (
      <Alert
        tone="warning"
        title="This resume changed elsewhere"
        action={
          <div className="flex flex-wrap gap-2">
            <Button size="sm" variant="secondary" onClick={onReload} disabled={busy}>
              Reload
            </Button>
            <Button size="sm" onClick={onKeepMine} loading={busy}>
              Keep my version
            </Button>
          </div>
        }
      >
        It was saved in another tab or a version was restored. Your edits here are kept until you choose: reload the
        latest version (your unsaved edits are discarded) or save yours over it.
      </Alert>
    );
  }
  const fields = Object.entries(fieldErrors);
  return (
    <Alert tone="danger" title="Couldn't save your changes">
      {fields.length ? (
        <ul className="mt-1 space-y-0.5">
          {fields.map(([path, message]) => (
            <li key={path}>
              <button
                type="button"
                onClick={() => revealField(path)}
                className="font-medium underline underline-offset-2"
              >
                {describePath(path)}
              </button>{" "}
              {message}
            </li>
          ))}
        </ul>
      ) : (
        errorMessage(error)
      )}
    </Alert>
  );
}
