import type { Metadata } from "next";
import { ComingSoon } from "@/features/product/components/coming-soon";

export const metadata: Metadata = { title: "Video Resume & Portfolio" };

export default function VideoPortfolioPage() {
  return <ComingSoon featureId="video-portfolio" />;
}
