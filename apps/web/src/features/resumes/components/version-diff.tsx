"use client";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { QueryState } from "@/components/ui/query-state";
import { useResumeDiff } from "../hooks/use-resume-versions";
import { describePath } from "../path-label";
import { WordDiff } from "./word-diff";

const kindTones: Record<string, BadgeTone> = { added: "success", removed: "danger", changed: "amber" };

interface VersionDiffProps {
  resumeId: string;
  from: string;
  to: string;
  /** e.g. "v2 → v5", for the heading. */
  label: string;
}

/** The field-level changes between two versions. */
export function VersionDiff({ resumeId, from, to, label }: VersionDiffProps) {
  const diff = useResumeDiff(resumeId, from, to);
  return (
    <section aria-label={`Changes ${label}`} className="space-y-3">
      <h3 className="text-sm font-semibold text-slate-900">Changes {label}</h3>
      <QueryState query={diff} loadingLabel="Comparing versions…" skeletonRows={2}>
        {(data) =>
          data.changes.length ? (
            <ul className="space-y-3">
              {data.changes.map((change) => (
                <li
                  key={`${change.kind}:${change.path}`}
                  className="space-y-1.5 rounded-lg border border-slate-200 p-3"
                >
                  <div className="flex items-center justify-between gap-2">
                    <span className="text-xs font-medium text-slate-700">{describePath(change.path)}</span>
                    <Badge tone={kindTones[change.kind]}>{change.kind}</Badge>
                  </div>
                  <WordDiff change={change} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">These versions are the same.</p>
          )
        }
      </QueryState>
    </section>
  );
}
