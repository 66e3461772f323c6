import type { Metadata } from "next";
import { ManageInterviewPage } from "@/features/scheduling/components/manage-interview-page";

// The token in this address is the candidate's credential for their interview: keep it out of search engines.
export const metadata: Metadata = { title: "Your interview", robots: { index: false, follow: false } };

export default async function ManageInterviewRoute({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <ManageInterviewPage token={token} />;
}
