import type { AtsCheck } from "@hirefolio/shared";
import { AlertCircleIcon, InboxIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";
import { FieldLink } from "./field-link";

const severities = [
  { value: "error", title: "Fix these", icon: "text-rose-600", box: "border-rose-200 bg-rose-50/50" },
  { value: "warning", title: "Worth improving", icon: "text-amber-600", box: "border-amber-200 bg-amber-50/50" },
  { value: "info", title: "Good to know", icon: "text-sky-600", box: "border-slate-200 bg-slate-50/60" },
] as const;

/** ATS checks grouped by severity, each linking to the field it concerns. */
export function AtsCheckList({ checks }: { checks: readonly AtsCheck[] }) {
  if (!checks.length) return <p className="text-sm text-slate-600">No issues found. Nice work.</p>;
  return (
    <div className="space-y-4">
      {severities.map((severity) => {
        const group = checks.filter((check) => check.severity === severity.value);
        if (!group.length) return null;
        return (
          <div key={severity.value} className="space-y-2">
            <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              {severity.title} ({group.length})
            </h4>
            <ul className="space-y-2">
              {group.map((check) => (
                <li
                  key={`${check.id}:${check.where ?? ""}`}
                  className={cx("flex gap-2 rounded-lg border p-3 text-sm", severity.box)}
                >
                  {severity.value === "info" ? (
                    <InboxIcon className={cx("mt-0.5 size-4 shrink-0", severity.icon)} />
                  ) : (
                    <AlertCircleIcon className={cx("mt-0.5 size-4 shrink-0", severity.icon)} />
                  )}
                  <div className="min-w-0 space-y-1">
                    <p className="text-slate-800">{check.message}</p>
                    {check.where && <FieldLink path={check.where} />}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
