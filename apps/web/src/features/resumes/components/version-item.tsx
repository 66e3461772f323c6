"use client";

import type { ResumeVersion } from "@hirefolio/shared";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/lib/class-names";
import { formatDateTime, formatRelative } from "@/lib/format-date";
import { VersionNameForm } from "./version-name-form";

interface VersionItemProps {
  resumeId: string;
  version: ResumeVersion;
  current: boolean;
  selected: boolean;
  onToggle: () => void;
  onRestore: () => void;
}

const linkButton = "rounded text-xs font-medium text-brand-700 hover:text-brand-900 hover:underline";

export function VersionItem({ resumeId, version, current, selected, onToggle, onRestore }: VersionItemProps) {
  const [naming, setNaming] = useState(false);
  return (
    <li className={cx("flex gap-3 px-3 py-3", selected && "bg-brand-50/60")}>
      <input
        type="checkbox"
        checked={selected}
        onChange={onToggle}
        aria-label={`Compare version ${version.number}`}
        className="mt-1 size-4 shrink-0 rounded border-slate-300"
      />
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-semibold text-slate-900">v{version.number}</span>
          {version.name && !naming && (
            <span className="truncate text-sm font-medium text-slate-800">{version.name}</span>
          )}
          {current && <Badge tone="success">Current</Badge>}
          <time
            dateTime={version.updatedAt}
            title={formatDateTime(version.updatedAt)}
            className="text-xs text-slate-500"
          >
            {formatRelative(version.updatedAt)}
          </time>
        </div>
        <p className="text-xs text-slate-600">{version.summary}</p>
        {naming ? (
          <VersionNameForm
            resumeId={resumeId}
            versionId={version.id}
            number={version.number}
            name={version.name}
            onDone={() => setNaming(false)}
          />
        ) : (
          <div className="flex gap-3">
            <button type="button" className={linkButton} onClick={() => setNaming(true)}>
              {version.name ? "Rename" : "Name this version"}
            </button>
            {!current && (
              <button type="button" className={linkButton} onClick={onRestore}>
                Restore
              </button>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
