import type { Metadata } from "next";
import { WriteTestimonialPage } from "@/features/testimonials/components/write-testimonial-page";

// The link is a secret for one colleague: keep it out of search engines.
export const metadata: Metadata = { title: "Write a testimonial", robots: { index: false, follow: false } };

export default async function WriteTestimonialRoute({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <WriteTestimonialPage token={token} />;
}
