import type { Metadata } from "next";
import { JobDetail } from "@/features/jobs/components/job-detail";

export const metadata: Metadata = { title: "Job details" };

export default async function JobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  return <JobDetail jobId={jobId} />;
}
