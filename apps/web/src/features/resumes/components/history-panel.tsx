"use client";

import type { Resume, ResumeVersion } from "@hirefolio/shared";
import { useState } from "react";
import { HistoryIcon } from "@/components/icons";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryState } from "@/components/ui/query-state";
import { useResumeVersions } from "../hooks/use-resume-versions";
import { RestoreVersionDialog } from "./restore-version-dialog";
import { VersionDiff } from "./version-diff";
import { VersionItem } from "./version-item";

interface HistoryPanelProps {
  resumeId: string;
  save: () => Promise<boolean>;
  onRestored: (resume: Resume) => void;
}

/** The diff to show for the selection: two versions oldest to newest, or one against the resume as it is. */
function comparison(versions: readonly ResumeVersion[], selected: readonly string[]) {
  const picked = versions.filter((v) => selected.includes(v.id)).sort((a, b) => a.number - b.number);
  const [older, newer] = picked;
  if (!older) return null;
  if (newer) return { from: older.id, to: newer.id, label: `v${older.number} → v${newer.number}` };
  return { from: older.id, to: "current", label: `v${older.number} → now` };
}

export function HistoryPanel({ resumeId, save, onRestored }: HistoryPanelProps) {
  const versions = useResumeVersions(resumeId);
  const [selected, setSelected] = useState<string[]>([]);
  const [restoring, setRestoring] = useState<ResumeVersion | null>(null);

  // A third pick replaces the older of the two, so the newest choice always counts.
  const toggle = (id: string) =>
    setSelected((current) => (current.includes(id) ? current.filter((s) => s !== id) : [...current, id].slice(-2)));

  return (
    <QueryState
      query={versions}
      loadingLabel="Loading versions…"
      isEmpty={(page) => page.items.length === 0}
      empty={
        <EmptyState
          icon={<HistoryIcon className="size-6" />}
          title="No versions yet"
          description="Every save keeps a version you can compare and restore."
        />
      }
    >
      {(page) => {
        const shown = comparison(page.items, selected);
        return (
          <div className="space-y-5">
            <p className="text-sm text-slate-600">
              Tick one version to compare it with now, or two to compare them. Name a version to keep it as it is.
            </p>
            <ol
              aria-label="Versions, newest first"
              className="divide-y divide-slate-100 rounded-lg border border-slate-200"
            >
              {page.items.map((version, index) => (
                <VersionItem
                  key={version.id}
                  resumeId={resumeId}
                  version={version}
                  current={index === 0}
                  selected={selected.includes(version.id)}
                  onToggle={() => toggle(version.id)}
                  onRestore={() => setRestoring(version)}
                />
              ))}
            </ol>
            {shown && <VersionDiff resumeId={resumeId} {...shown} />}
            <RestoreVersionDialog
              resumeId={resumeId}
              version={restoring}
              save={save}
              onClose={() => setRestoring(null)}
              onRestored={(resume) => {
                setRestoring(null);
                setSelected([]);
                onRestored(resume);
              }}
            />
          </div>
        );
      }}
    </QueryState>
  );
}
