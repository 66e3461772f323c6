import type { Metadata } from "next";
import { BookingPage } from "@/features/scheduling/components/booking-page";

// A scheduling link is a secret for one candidate: keep it out of search engines.
export const metadata: Metadata = { title: "Pick an interview time", robots: { index: false, follow: false } };

export default async function ScheduleRoute({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <BookingPage token={token} />;
}
