import type { Job } from "@hirefolio/shared";
import Link from "next/link";
import { formatSalary } from "../format-salary";
import { JobMeta } from "./job-meta";

export function JobCard({ job }: { job: Job }) {
  const salary = formatSalary(job.salaryMin, job.salaryMax, job.salaryCurrency, { compact: true });
  return (
    <article className="group relative rounded-xl border border-slate-200 bg-white p-5 shadow-card transition hover:border-brand-200 hover:shadow-raised">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-2">
          <h2 className="text-base font-semibold text-slate-900">
            {/* The link's ::after covers the card so the whole card is clickable with one tab stop. */}
            <Link
              href={`/jobs/${job.id}`}
              className="rounded after:absolute after:inset-0 after:rounded-xl group-hover:text-brand-700"
            >
              {job.title}
            </Link>
          </h2>
          <JobMeta job={job} />
        </div>
        {salary && (
          <p className="shrink-0 rounded-lg bg-emerald-50 px-2.5 py-1 text-sm font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset">
            {salary}
          </p>
        )}
      </div>
      {job.description && <p className="mt-3 line-clamp-2 text-sm text-slate-600">{job.description}</p>}
    </article>
  );
}
