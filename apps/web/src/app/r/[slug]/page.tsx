import type { Metadata } from "next";
import { SharedResumePage } from "@/features/resume-experiments/components/shared-resume-page";

// A shared resume carries someone's contact details: keep it out of search engines.
export const metadata: Metadata = { title: "Resume", robots: { index: false, follow: false } };

export default async function SharedResumeRoute({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <SharedResumePage slug={slug} />;
}
