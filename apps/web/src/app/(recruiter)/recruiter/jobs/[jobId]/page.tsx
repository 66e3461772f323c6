import type { Metadata } from "next";
import { ManageJobPage } from "@/features/recruiter/components/manage-job-page";

export const metadata: Metadata = { title: "Manage job" };

export default async function ManageJobRoute({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  return <ManageJobPage jobId={jobId} />;
}
