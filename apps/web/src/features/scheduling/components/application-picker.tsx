"use client";

import { finalStages } from "@hirefolio/shared";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { SelectField } from "@/components/ui/form-field";
import { applicationKeys, fetchJobApplications } from "@/features/applications/api";
import { fetchEmployerJobs, jobKeys } from "@/features/jobs/api";

export interface PickedApplication {
  id: string;
  candidateName: string;
}

/** Job, then applicant: how a recruiter on /scheduling says who the interview is for. */
export function ApplicationPicker({
  employerId,
  value,
  onChange,
  error,
}: {
  employerId: string;
  value: PickedApplication | null;
  onChange: (application: PickedApplication | null) => void;
  error?: string;
}) {
  const [jobId, setJobId] = useState("");
  const jobs = useQuery({
    queryKey: [...jobKeys.forEmployer(employerId, "open"), "picker"],
    queryFn: () => fetchEmployerJobs(employerId, { status: "open", limit: 100 }),
  });
  const applications = useQuery({
    queryKey: applicationKeys.forJob(jobId),
    queryFn: () => fetchJobApplications(jobId),
    enabled: jobId !== "",
  });
  const open = (applications.data?.items ?? []).filter((a) => !finalStages.includes(a.stage));

  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <SelectField
        label="Job"
        value={jobId}
        onChange={(event) => {
          setJobId(event.target.value);
          onChange(null);
        }}
        hint={jobs.data?.items.length === 0 ? "No open jobs yet." : undefined}
      >
        <option value="">{jobs.isPending ? "Loading jobs…" : "Choose a job"}</option>
        {jobs.data?.items.map((job) => (
          <option key={job.id} value={job.id}>
            {job.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Candidate"
        value={value?.id ?? ""}
        disabled={!jobId}
        error={error}
        onChange={(event) => {
          const picked = open.find((a) => a.id === event.target.value);
          onChange(picked ? { id: picked.id, candidateName: picked.candidateName } : null);
        }}
        hint={jobId && applications.data && open.length === 0 ? "No active applicants for this job." : undefined}
      >
        <option value="">{jobId && applications.isPending ? "Loading applicants…" : "Choose a candidate"}</option>
        {open.map((application) => (
          <option key={application.id} value={application.id}>
            {application.candidateName}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
