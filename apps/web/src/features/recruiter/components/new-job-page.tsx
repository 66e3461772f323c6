"use client";

import type { CreateJob } from "@hirefolio/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Card } from "@/components/ui/card";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { useToast } from "@/components/ui/toast";
import { employerKeys } from "@/features/employers/api";
import { CreateEmployerForm } from "@/features/employers/components/create-employer-form";
import { useActiveEmployer } from "@/features/employers/hooks/use-active-employer";
import { createJob, jobKeys } from "@/features/jobs/api";
import { JobForm } from "@/features/jobs/components/job-form";

export function NewJobPage() {
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { employer, select } = useActiveEmployer();
  const mutation = useMutation({
    mutationFn: (input: CreateJob) => createJob(employer!.id, input),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: jobKeys.allForEmployer(employer!.id) });
      queryClient.invalidateQueries({ queryKey: employerKeys.pipeline(employer!.id) });
    },
  });

  return (
    <FadeIn className="mx-auto max-w-3xl">
      <PageHeader
        back={{ href: "/recruiter", label: "Dashboard" }}
        title="New job"
        description={employer ? `Post a role at ${employer.name}. Save it as a draft until it's ready.` : undefined}
      />
      {employer ? (
        <Card>
          <JobForm
            submitLabel="Create job"
            save={mutation.mutateAsync}
            onSaved={(job) => {
              toast.show(job.status === "open" ? "Job published" : "Draft saved");
              router.push(`/recruiter/jobs/${job.id}`);
            }}
          />
        </Card>
      ) : (
        <CreateEmployerForm onCreated={select} />
      )}
    </FadeIn>
  );
}
