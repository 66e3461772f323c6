import type { Metadata } from "next";
import { SchedulingPage } from "@/features/scheduling/components/scheduling-page";
import { firstParam, type PageSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Scheduling" };

export default async function SchedulingRoute({ searchParams }: { searchParams: PageSearchParams }) {
  const initialWeek = firstParam((await searchParams).week);
  // Keyed by the week so a link to another week (e.g. from the booking sheet) opens it even when already here.
  return <SchedulingPage key={initialWeek} initialWeek={initialWeek} />;
}
