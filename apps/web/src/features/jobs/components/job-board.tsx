"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { SearchIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { FadeIn } from "@/components/ui/fade-in";
import { controlClasses } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { ListSkeleton } from "@/components/ui/skeleton";
import { cx } from "@/lib/class-names";
import { fetchOpenJobs, jobKeys, type Workplace } from "../api";
import { useDebouncedValue } from "../hooks/use-debounced-value";
import { workplaceLabels } from "../job-labels";
import { JobCard } from "./job-card";

type WorkplaceFilter = Workplace | "any";

const workplaceOptions: { value: WorkplaceFilter; label: string }[] = [
  { value: "any", label: "Any" },
  ...(Object.keys(workplaceLabels) as Workplace[]).map((value) => ({ value, label: workplaceLabels[value] })),
];

export function JobBoard({ initialQuery, initialWorkplace }: { initialQuery: string; initialWorkplace?: Workplace }) {
  const router = useRouter();
  const pathname = usePathname() ?? "/jobs";
  const [query, setQuery] = useState(initialQuery);
  const [workplace, setWorkplace] = useState<WorkplaceFilter>(initialWorkplace ?? "any");
  const q = useDebouncedValue(query.trim());
  const filters = { q, workplace: workplace === "any" ? undefined : workplace };

  // Keep the URL shareable without adding a history entry per keystroke.
  useEffect(() => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (workplace !== "any") params.set("workplace", workplace);
    const search = params.toString();
    if (search === window.location.search.replace(/^\?/, "")) return;
    router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
  }, [q, workplace, pathname, router]);

  const jobs = useInfiniteQuery({
    queryKey: jobKeys.board(filters),
    queryFn: ({ pageParam }) => fetchOpenJobs(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

  const items = jobs.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = q !== "" || workplace !== "any";

  return (
    <FadeIn>
      <PageHeader title="Open jobs" description="Roles from teams hiring on Hirefolio right now." />
      <search className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-center">
        <div className="relative flex-1">
          <label htmlFor="job-search" className="sr-only">
            Search jobs
          </label>
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" />
          <input
            id="job-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="Search by title, skill or company"
            className={cx(controlClasses, "h-11 border-slate-300 pl-9 focus:border-brand-600 focus:ring-brand-500/25")}
          />
        </div>
        <SegmentedControl label="Workplace" options={workplaceOptions} value={workplace} onChange={setWorkplace} />
      </search>

      <div aria-live="polite" className="sr-only">
        {jobs.isSuccess && `${items.length}${jobs.hasNextPage ? "+" : ""} jobs found`}
      </div>

      {jobs.error ? (
        <ErrorState error={jobs.error} onRetry={() => jobs.refetch()} />
      ) : jobs.isPending ? (
        <ListSkeleton rows={4} label="Loading jobs…" />
      ) : items.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white">
          <EmptyState
            icon={<SearchIcon className="size-6" />}
            title={filtered ? "No jobs match your search" : "No open jobs yet"}
            description={
              filtered
                ? "Try a broader keyword or a different workplace option."
                : "New roles appear here as soon as employers publish them. Check back soon."
            }
            action={
              filtered && (
                <Button
                  variant="secondary"
                  onClick={() => {
                    setQuery("");
                    setWorkplace("any");
                  }}
                >
                  Clear filters
                </Button>
              )
            }
          />
        </div>
      ) : (
        <div className={cx("space-y-3 transition-opacity", jobs.isPlaceholderData && "opacity-60")}>
          {items.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
          {jobs.hasNextPage && (
            <div className="flex justify-center pt-4">
              <Button variant="secondary" loading={jobs.isFetchingNextPage} onClick={() => jobs.fetchNextPage()}>
                Load more jobs
              </Button>
            </div>
          )}
        </div>
      )}
    </FadeIn>
  );
}
