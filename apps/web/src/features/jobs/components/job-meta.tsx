import type { Job } from "@hirefolio/shared";
import { BuildingIcon, ClockIcon, GlobeIcon, MapPinIcon } from "@/components/icons";
import { formatRelative } from "@/lib/format-date";
import { workplaceLabels } from "../job-labels";

/** Employer, location, workplace and age of a job, as a wrapping row of small facts. */
export function JobMeta({ job, showEmployer = true }: { job: Job; showEmployer?: boolean }) {
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-600">
      {showEmployer && (
        <li className="flex items-center gap-1.5">
          <BuildingIcon className="size-4 text-slate-400" />
          {job.employerName}
        </li>
      )}
      {job.location && (
        <li className="flex items-center gap-1.5">
          <MapPinIcon className="size-4 text-slate-400" />
          {job.location}
        </li>
      )}
      <li className="flex items-center gap-1.5">
        <GlobeIcon className="size-4 text-slate-400" />
        {workplaceLabels[job.workplace]}
      </li>
      <li className="flex items-center gap-1.5">
        <ClockIcon className="size-4 text-slate-400" />
        Posted {formatRelative(job.createdAt)}
      </li>
    </ul>
  );
}
