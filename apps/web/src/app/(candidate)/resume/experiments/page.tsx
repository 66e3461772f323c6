import type { Metadata } from "next";
import { ExperimentListPage } from "@/features/resume-experiments/components/experiment-list-page";

export const metadata: Metadata = { title: "Resume A/B tests" };

export default function ResumeExperimentsPage() {
  return <ExperimentListPage />;
}
