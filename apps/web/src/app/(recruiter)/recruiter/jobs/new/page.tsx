import type { Metadata } from "next";
import { NewJobPage } from "@/features/recruiter/components/new-job-page";

export const metadata: Metadata = { title: "New job" };

export default function NewJobRoute() {
  return <NewJobPage />;
}
