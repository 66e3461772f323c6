import type { Metadata } from "next";
import { RecruiterJobsPage } from "@/features/recruiter/components/recruiter-jobs-page";

export const metadata: Metadata = { title: "Jobs" };

export default function RecruiterJobsRoute() {
  return <RecruiterJobsPage />;
}
