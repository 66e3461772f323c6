import type { CareerPaths, OccupationRef } from "@hirefolio/shared";
import { ArrowRightIcon } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatPercent, formatUsd, formatUsdDelta } from "../format";
import { SourceCitation } from "./source-citation";

type PathStep = NonNullable<CareerPaths["path"]>["steps"][number];

/** The route as connected nodes: each step's title, median wage, change from the previous step and gap size. */
export function PathDiagram({ steps }: { steps: PathStep[] }) {
  return (
    <ol className="flex flex-col gap-2 md:flex-row md:items-stretch">
      {steps.map((step, index) => {
        const previous = steps[index - 1];
        const delta =
          previous?.medianAnnualWage != null && step.medianAnnualWage != null
            ? step.medianAnnualWage - previous.medianAnnualWage
            : null;
        return (
          <li key={step.code} className="flex flex-col items-center gap-2 md:flex-1 md:flex-row">
            {index > 0 && (
              <ArrowRightIcon aria-hidden="true" className="size-5 shrink-0 rotate-90 text-slate-400 md:rotate-0" />
            )}
            <div
              className={`w-full flex-1 rounded-xl border p-3 ${index === 0 ? "border-slate-200 bg-slate-50" : "border-brand-200 bg-brand-50/60"}`}
            >
              <p className="text-sm font-semibold text-slate-900">{step.title}</p>
              <p className="font-mono text-xs text-slate-500">{step.code}</p>
              <div className="mt-2 flex flex-wrap gap-1.5">
                {step.medianAnnualWage != null && <Badge>{formatUsd(step.medianAnnualWage)}</Badge>}
                {delta !== null && <Badge tone={delta >= 0 ? "success" : "danger"}>{formatUsdDelta(delta)}</Badge>}
                {index > 0 && <Badge tone={step.gapCount > 5 ? "amber" : "sky"}>{step.gapCount} gaps</Badge>}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** Next roles ranked by similarity and relatedness, each with why; choosing one makes it the target. */
export function NextRolesList({
  roles,
  onChoose,
}: {
  roles: CareerPaths["nextRoles"];
  onChoose?: (occupation: OccupationRef) => void;
}) {
  return (
    <ul className="divide-y divide-slate-100">
      {roles.map((role) => (
        <li key={role.code} className="flex flex-wrap items-start justify-between gap-3 py-3">
          <div className="min-w-0">
            <p className="text-sm font-semibold text-slate-900">{role.title}</p>
            <p className="text-xs text-slate-600">
              {formatPercent(role.reasons.readiness)} ready
              {role.reasons.sharedSkills.length > 0 && ` · shares ${role.reasons.sharedSkills.slice(0, 3).join(", ")}`}
            </p>
            {role.reasons.topGaps.length > 0 && (
              <p className="text-xs text-slate-500">To learn: {role.reasons.topGaps.slice(0, 3).join(", ")}</p>
            )}
          </div>
          <div className="flex shrink-0 items-center gap-2">
            {role.reasons.salaryDelta != null && (
              <Badge tone={role.reasons.salaryDelta >= 0 ? "success" : "danger"}>
                {formatUsdDelta(role.reasons.salaryDelta)}
              </Badge>
            )}
            {onChoose && (
              <button
                type="button"
                className="rounded text-sm font-medium text-brand-700 hover:underline"
                onClick={() => onChoose(role)}
              >
                Set as target
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function CareerPathsCard({
  paths,
  onChoose,
}: {
  paths: CareerPaths;
  onChoose?: (occupation: OccupationRef) => void;
}) {
  return (
    <Card
      title={paths.to ? "Path to your target" : "Next roles"}
      description={paths.to ? `${paths.from.title} → ${paths.to.title}` : `Natural next steps from ${paths.from.title}`}
      action={paths.path && <Badge tone="violet">{formatPercent(paths.path.plausibility)} plausible</Badge>}
    >
      {paths.to ? (
        paths.path ? (
          <PathDiagram steps={paths.path.steps} />
        ) : (
          <p className="text-sm text-slate-600">
            No realistic route through related occupations: the skill gap shows what a direct move takes.
          </p>
        )
      ) : paths.nextRoles.length === 0 ? (
        <p className="text-sm text-slate-600">No related occupations found.</p>
      ) : (
        <NextRolesList roles={paths.nextRoles} onChoose={onChoose} />
      )}
      <SourceCitation sources={paths.sources} />
    </Card>
  );
}
