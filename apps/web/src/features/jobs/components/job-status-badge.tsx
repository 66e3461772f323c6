import { Badge } from "@/components/ui/badge";
import type { JobStatus } from "../api";
import { jobStatusLabels, jobStatusTones } from "../job-labels";

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return (
    <Badge tone={jobStatusTones[status]} dot>
      {jobStatusLabels[status]}
    </Badge>
  );
}
