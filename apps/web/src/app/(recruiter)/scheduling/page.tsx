import type { Metadata } from "next";
import { ComingSoon } from "@/features/product/components/coming-soon";

export const metadata: Metadata = { title: "Smart Scheduling" };

export default function SchedulingPage() {
  return <ComingSoon featureId="scheduling" />;
}
