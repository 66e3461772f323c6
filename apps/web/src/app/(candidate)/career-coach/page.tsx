import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { CareerExplorer } from "@/features/career/components/career-explorer";

export const metadata: Metadata = { title: "Career explorer" };

export default function CareerCoachPage() {
  return (
    <>
      <PageHeader
        title="Career explorer"
        description="See what it takes to move from your role to the next one: skill gaps, salaries, paths, a learning plan and interview practice, from O*NET and BLS data."
      />
      <CareerExplorer />
    </>
  );
}
