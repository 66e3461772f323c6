import type { Metadata } from "next";
import { ExperimentResultsPage } from "@/features/resume-experiments/components/experiment-results-page";

export const metadata: Metadata = { title: "A/B test results" };

export default async function ResumeExperimentPage({ params }: { params: Promise<{ experimentId: string }> }) {
  const { experimentId } = await params;
  return <ExperimentResultsPage experimentId={experimentId} />;
}
