"use client";

import type { ResumeSummary } from "@hirefolio/shared";
import Link from "next/link";
import { CopyIcon, FileTextIcon, TrashIcon } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/api-client";
import { formatDateTime, formatRelative } from "@/lib/format-date";
import { useResumeListMutations } from "../hooks/use-resumes";
import { templateName } from "../template-names";

export function ResumeRow({ resume, onDelete }: { resume: ResumeSummary; onDelete: () => void }) {
  const { duplicate } = useResumeListMutations();
  const toast = useToast();
  return (
    <li className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center">
      <div className="flex min-w-0 flex-1 items-center gap-3">
        <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-brand-50 text-brand-600 ring-1 ring-brand-100">
          <FileTextIcon className="size-5" />
        </span>
        <div className="min-w-0 space-y-1">
          <Link
            href={`/resume/builder/${resume.id}`}
            className="block truncate font-medium text-slate-900 hover:text-brand-700 hover:underline"
          >
            {resume.title}
          </Link>
          <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
            <Badge>{templateName(resume.templateId)}</Badge>
            <span>
              Updated{" "}
              <time dateTime={resume.updatedAt} title={formatDateTime(resume.updatedAt)}>
                {formatRelative(resume.updatedAt)}
              </time>
            </span>
          </div>
        </div>
      </div>
      <div className="flex shrink-0 gap-2 pl-13 sm:pl-0">
        <Button
          variant="secondary"
          size="sm"
          loading={duplicate.isPending}
          onClick={() =>
            duplicate.mutate(resume.id, {
              onSuccess: (copy) => toast.show(`Duplicated as “${copy.title}”`),
              onError: (error) => toast.show(errorMessage(error)),
            })
          }
        >
          <CopyIcon />
          Duplicate<span className="sr-only"> {resume.title}</span>
        </Button>
        <Button
          variant="ghost"
          size="sm"
          onClick={onDelete}
          className="text-rose-700 hover:bg-rose-50 hover:text-rose-800"
        >
          <TrashIcon />
          Delete<span className="sr-only"> {resume.title}</span>
        </Button>
      </div>
    </li>
  );
}
