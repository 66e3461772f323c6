import { workplaceSchema } from "@hirefolio/shared";
import type { Metadata } from "next";
import { JobBoard } from "@/features/jobs/components/job-board";
import { firstParam, type PageSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Open jobs" };

export default async function JobsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { q, workplace } = await searchParams;
  const parsedWorkplace = workplaceSchema.safeParse(firstParam(workplace));
  return (
    <JobBoard
      initialQuery={firstParam(q) ?? ""}
      initialWorkplace={parsedWorkplace.success ? parsedWorkplace.data : undefined}
    />
  );
}
