import type { Metadata } from "next";
import { Suspense } from "react";
import { CareerCoachChat } from "@/features/career-chat/components/career-coach-chat";

export const metadata: Metadata = { title: "Career coach" };

export default function CareerCoachPage() {
  return (
    // The chat reads the open conversation from the URL's search params, which needs a Suspense boundary.
    <Suspense>
      <CareerCoachChat />
    </Suspense>
  );
}
