import type { Metadata } from "next";
import { SchedulingPage } from "@/features/scheduling/components/scheduling-page";
import { firstParam, type PageSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Scheduling" };

export default async function SchedulingRoute({ searchParams }: { searchParams: PageSearchParams }) {
  const { week } = await searchParams;
  return <SchedulingPage initialWeek={firstParam(week)} />;
}
