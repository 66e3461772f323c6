import type { Job } from "@hirefolio/shared";
import Link from "next/link";
import { formatRelative } from "@/lib/format-date";
import { workplaceLabels } from "../job-labels";
import { JobStatusBadge } from "./job-status-badge";

/** An employer's jobs with status and applicant counts; each title opens the job's pipeline. */
export function JobsTable({ jobs, caption }: { jobs: Job[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50/70 text-xs font-medium tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-5 py-3 font-medium">
              Job
            </th>
            <th scope="col" className="px-5 py-3 font-medium">
              Status
            </th>
            <th scope="col" className="hidden px-5 py-3 font-medium md:table-cell">
              Workplace
            </th>
            <th scope="col" className="px-5 py-3 text-right font-medium">
              Applicants
            </th>
            <th scope="col" className="hidden px-5 py-3 text-right font-medium sm:table-cell">
              Updated
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {jobs.map((job) => (
            <tr key={job.id} className="group relative hover:bg-slate-50">
              <th scope="row" className="px-5 py-3.5 font-medium">
                <Link
                  href={`/recruiter/jobs/${job.id}`}
                  className="rounded text-slate-900 after:absolute after:inset-0 group-hover:text-brand-700"
                >
                  {job.title}
                </Link>
                {job.location && <p className="text-xs font-normal text-slate-500">{job.location}</p>}
              </th>
              <td className="px-5 py-3.5">
                <JobStatusBadge status={job.status} />
              </td>
              <td className="hidden px-5 py-3.5 text-slate-600 md:table-cell">{workplaceLabels[job.workplace]}</td>
              <td className="px-5 py-3.5 text-right font-medium text-slate-900 tabular-nums">
                {job.applicantCount ?? 0}
              </td>
              <td className="hidden px-5 py-3.5 text-right text-slate-600 sm:table-cell">
                {formatRelative(job.updatedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
