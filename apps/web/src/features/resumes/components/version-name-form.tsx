"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/form-field";
import { errorMessage } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { useNameVersion } from "../hooks/use-resume-versions";

interface VersionNameFormProps {
  resumeId: string;
  versionId: string;
  number: number;
  name: string | null;
  onDone: () => void;
}

/** Names a version inline; an empty name removes it. Escape cancels. */
export function VersionNameForm({ resumeId, versionId, number, name, onDone }: VersionNameFormProps) {
  const [value, setValue] = useState(name ?? "");
  const input = useRef<HTMLInputElement>(null);
  const rename = useNameVersion(resumeId);

  useEffect(() => {
    input.current?.select();
  }, []);

  return (
    <form
      className="space-y-1"
      onSubmit={(event) => {
        event.preventDefault();
        rename.mutate({ versionId, name: value.trim() || null }, { onSuccess: onDone });
      }}
    >
      <div className="flex gap-2">
        <input
          ref={input}
          value={value}
          maxLength={80}
          aria-label={`Name for version ${number}`}
          placeholder="e.g. Sent to Acme"
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              onDone();
            }
          }}
          className={cx(controlClasses, "h-8 border-slate-300 focus:border-brand-600 focus:ring-brand-500/25")}
        />
        <Button type="submit" size="sm" loading={rename.isPending}>
          Save
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
      {rename.error && (
        <p role="alert" className="text-xs text-rose-700">
          {errorMessage(rename.error)}
        </p>
      )}
    </form>
  );
}
