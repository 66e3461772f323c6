import type { BadgeTone } from "@/components/ui/badge";
import type { JobStatus, Workplace } from "./api";

export const workplaceLabels: Record<Workplace, string> = {
  onsite: "On-site",
  hybrid: "Hybrid",
  remote: "Remote",
};

export const jobStatusLabels: Record<JobStatus, string> = {
  draft: "Draft",
  open: "Open",
  closed: "Closed",
};

export const jobStatusTones: Record<JobStatus, BadgeTone> = {
  draft: "neutral",
  open: "success",
  closed: "danger",
};
