import type { Metadata } from "next";
import { CandidateDashboard } from "@/features/candidate/components/candidate-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default function CandidateDashboardPage() {
  return <CandidateDashboard />;
}
