"use client";

import type { Job } from "@hirefolio/shared";
import { useId } from "react";
import { ChevronDownIcon } from "@/components/icons";
import { Spinner } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/api-client";
import type { JobStatus } from "../api";
import { useUpdateJob } from "../hooks/use-update-job";
import { jobStatusLabels } from "../job-labels";

/** Publish, close or revert a job to draft straight from its header. */
export function JobStatusSelect({ job }: { job: Job }) {
  const id = useId();
  const toast = useToast();
  const update = useUpdateJob(job);
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        Status
      </label>
      <div className="relative">
        <select
          id={id}
          value={update.isPending ? update.variables.status : job.status}
          disabled={update.isPending}
          onChange={(event) =>
            update.mutate(
              { status: event.target.value as JobStatus },
              {
                onSuccess: (saved) => toast.show(`Job is now ${jobStatusLabels[saved.status].toLowerCase()}`),
                onError: (error) => toast.show(errorMessage(error), "danger"),
              },
            )
          }
          className="h-10 appearance-none rounded-lg border border-slate-300 bg-white pr-9 pl-3 text-sm font-medium text-slate-800 shadow-sm hover:border-slate-400"
        >
          {(Object.keys(jobStatusLabels) as JobStatus[]).map((status) => (
            <option key={status} value={status}>
              {jobStatusLabels[status]}
            </option>
          ))}
        </select>
        <span className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-slate-500">
          {update.isPending ? <Spinner /> : <ChevronDownIcon />}
        </span>
      </div>
    </div>
  );
}
