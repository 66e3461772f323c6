import type { PipelineStats } from "@hirefolio/shared";
import { BriefcaseIcon, ChartIcon, UsersIcon } from "@/components/icons";
import { StatCard } from "@/components/ui/stat-card";

function plural(count: number, word: string): string {
  return `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;
}

/** The dashboard's headline numbers; skeletons until `stats` arrives. */
export function PipelineStatCards({ stats }: { stats: PipelineStats | undefined }) {
  const jobs = stats?.jobs;
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
      <StatCard
        label="Open jobs"
        value={jobs?.open}
        icon={<BriefcaseIcon />}
        hint={jobs ? `${plural(jobs.draft, "draft")} · ${jobs.closed.toLocaleString("en-US")} closed` : undefined}
      />
      <StatCard
        label="Total applicants"
        value={stats?.applicants}
        icon={<UsersIcon />}
        hint="Across all jobs, not counting withdrawn"
      />
      <StatCard
        label="Interviewing"
        value={stats ? (stats.byStage.interview ?? 0) + (stats.byStage.offer ?? 0) : undefined}
        icon={<ChartIcon />}
        hint="In interview or offer"
      />
    </div>
  );
}
