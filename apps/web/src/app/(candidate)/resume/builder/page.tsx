import type { Metadata } from "next";
import { ResumeListPage } from "@/features/resumes/components/resume-list-page";

export const metadata: Metadata = { title: "AI Resume Builder" };

export default function ResumeBuilderPage() {
  return <ResumeListPage />;
}
