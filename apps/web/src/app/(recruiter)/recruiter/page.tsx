import type { Metadata } from "next";
import { RecruiterDashboard } from "@/features/recruiter/components/recruiter-dashboard";

export const metadata: Metadata = { title: "Hiring dashboard" };

export default function RecruiterDashboardPage() {
  return <RecruiterDashboard />;
}
