"use client";

import type { Job } from "@hirefolio/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { motion } from "motion/react";
import { type FormEvent, type ReactNode, useState } from "react";
import { CheckIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/form-field";
import { Skeleton } from "@/components/ui/skeleton";
import { useToast } from "@/components/ui/toast";
import { applicationKeys, applyToJob } from "@/features/applications/api";
import { StageBadge } from "@/features/applications/components/stage-badge";
import { useMe } from "@/features/auth/hooks/use-me";
import { signInPathFor } from "@/features/auth/redirects";
import { ResumeToSendField } from "@/features/resume-experiments/components/resume-to-send-field";
import { errorMessage, isApiError } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { jobKeys } from "../api";

const maxCoverNote = 5_000;

type MyApplication = NonNullable<Job["myApplication"]>;

/** The candidate's standing on this job, from the job's own `myApplication`, with the way to their dashboard. */
function AppliedState({ application }: { application: MyApplication }) {
  const { stage } = application;
  const withdrawn = stage === "withdrawn";
  return (
    <motion.div initial={{ opacity: 0, scale: 0.97 }} animate={{ opacity: 1, scale: 1 }} className="text-center">
      <div
        className={cx(
          "mx-auto mb-3 grid size-12 place-items-center rounded-full",
          withdrawn ? "bg-slate-100 text-slate-600" : "bg-emerald-100 text-emerald-700",
        )}
      >
        <CheckIcon className="size-6" strokeWidth={2.5} />
      </div>
      <p role="status" className="font-semibold text-slate-900">
        {withdrawn ? "You withdrew your application" : "You applied to this job"}
      </p>
      <div className="mt-2 space-y-4 text-sm text-slate-600">
        {stage && !withdrawn && (
          <p className="flex items-center justify-center gap-2">
            Current stage <StageBadge stage={stage} />
          </p>
        )}
        <p>
          {withdrawn ? "The employer can see that you withdrew." : "We'll keep its stage up to date on your dashboard."}
        </p>
        <ButtonLink href="/candidate" variant="secondary" className="w-full">
          View my applications
        </ButtonLink>
      </div>
    </motion.div>
  );
}

function ApplyForm({ job }: { job: Job }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [coverNote, setCoverNote] = useState("");
  const [resumeId, setResumeId] = useState("");
  const apply = useMutation({
    mutationFn: () => applyToJob(job.id, { coverNote: coverNote.trim(), resumeId: resumeId || undefined }),
    onSuccess: (created) => {
      toast.show(`Application sent to ${job.employerName}`);
      // The panel reads "applied" from the job, so writing it there swaps the form for the applied state at once.
      queryClient.setQueryData<Job>(jobKeys.detail(job.id), (current) =>
        current ? { ...current, myApplication: { id: created.id, stage: created.stage } } : current,
      );
    },
    onError: (error) => {
      // Applied in another tab: reload the job so the panel shows that application.
      if (isApiError(error, 409)) queryClient.invalidateQueries({ queryKey: jobKeys.detail(job.id) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.mine }),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply.mutate();
  };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <ResumeToSendField value={resumeId} onChange={setResumeId} />
      <TextAreaField
        label="Cover note"
        optional
        rows={6}
        maxLength={maxCoverNote}
        value={coverNote}
        onChange={(event) => setCoverNote(event.target.value)}
        placeholder={`Why are you a great fit for ${job.title}?`}
        hint={`${coverNote.length.toLocaleString("en-US")} / ${maxCoverNote.toLocaleString("en-US")} characters`}
      />
      <FormError message={apply.error ? errorMessage(apply.error) : null} />
      <Button type="submit" size="lg" className="w-full" loading={apply.isPending}>
        Apply now
      </Button>
      <p className="text-center text-xs text-slate-500">Your profile is shared with {job.employerName}.</p>
    </form>
  );
}

function CandidateApply({ job }: { job: Job }) {
  if (job.myApplication) return <AppliedState application={job.myApplication} />;
  if (job.status !== "open") {
    return <p className="text-sm text-slate-600">This job is no longer accepting applications.</p>;
  }
  return <ApplyForm job={job} />;
}

/** The call to action beside a job: apply, sign in to apply, or manage it for the employer's own team. */
export function ApplyPanel({ job }: { job: Job }) {
  const { data: me, isPending } = useMe();

  let body: ReactNode;
  if (isPending) body = <Skeleton className="h-40" />;
  else if (!me) {
    body = (
      <div className="space-y-3">
        <p className="text-sm text-slate-600">Sign in or create a free account to apply with your profile.</p>
        <ButtonLink href={signInPathFor(`/jobs/${job.id}`)} size="lg" className="w-full">
          Sign in to apply
        </ButtonLink>
        <ButtonLink href="/sign-up" variant="secondary" className="w-full">
          Create an account
        </ButtonLink>
      </div>
    );
  } else if (me.role === "candidate") body = <CandidateApply job={job} />;
  else if (me.employers.some((employer) => employer.id === job.employerId)) {
    body = (
      <div className="space-y-3">
        <p className="text-sm text-slate-600">This job belongs to your team at {job.employerName}.</p>
        <ButtonLink href={`/recruiter/jobs/${job.id}`} className="w-full">
          Manage job and applicants
        </ButtonLink>
      </div>
    );
  } else body = <p className="text-sm text-slate-600">Applications are open to candidate accounts.</p>;

  return <Card title="Apply for this job">{body}</Card>;
}
