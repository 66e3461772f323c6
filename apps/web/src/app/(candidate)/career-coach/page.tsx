import type { Metadata } from "next";
import { ComingSoon } from "@/features/product/components/coming-soon";

export const metadata: Metadata = { title: "AI Career Coach" };

export default function CareerCoachPage() {
  return <ComingSoon featureId="career-coach" />;
}
