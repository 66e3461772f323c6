import type { Metadata } from "next";
import { ComingSoon } from "@/features/product/components/coming-soon";

export const metadata: Metadata = { title: "AI Resume Builder" };

export default function ResumeBuilderPage() {
  return <ComingSoon featureId="resume-builder" />;
}
