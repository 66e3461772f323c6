import type { Metadata } from "next";
import { CareerExplorer } from "@/features/career/components/career-explorer";

export const metadata: Metadata = { title: "Career explorer" };

export default function CareerExplorerPage() {
  return (
    <>
      <h2 className="sr-only">Career explorer</h2>
      <p className="mb-6 max-w-3xl text-slate-600">
        See what it takes to move from your role to the next one: skill gaps, salaries, paths, a learning plan and
        interview practice, from O*NET and BLS data.
      </p>
      <CareerExplorer />
    </>
  );
}
